"""Compiled with plain SGD."""
import keras

TARGETS = ["net_hidden"]
HINT = "Compile with keras.optimizers.Adam(1e-3)."


def build_inception_net(input_shape=(32, 32, 3), num_classes=10):
    inputs = keras.Input(input_shape)
    x = keras.layers.Conv2D(32, 3, padding="same", activation="relu")(inputs)
    x = keras.layers.MaxPooling2D(2)(x)
    x = inception_module(x, 16, 16, 24, 4, 8, 8)
    x = keras.layers.MaxPooling2D(2)(x)
    x = inception_module(x, 32, 24, 48, 8, 16, 16)
    x = keras.layers.GlobalAveragePooling2D()(x)
    model = keras.Model(inputs, keras.layers.Dense(num_classes, activation="softmax")(x))
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
