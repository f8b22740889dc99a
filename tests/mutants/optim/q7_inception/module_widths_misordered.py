"""Passes the first module's widths in another order: (16, 24, 16, 8, 4, 8)."""
import keras

TARGETS = ["net_hidden"]
HINT = "The widths go in the signature's order: f1, f3_reduce, f3, f5_reduce, f5, pool_proj."


def build_inception_net(input_shape=(32, 32, 3), num_classes=10):
    inputs = keras.Input(input_shape)
    x = keras.layers.Conv2D(32, 3, padding="same", activation="relu")(inputs)
    x = keras.layers.MaxPooling2D(2)(x)
    x = inception_module(x, 16, 24, 16, 8, 4, 8)
    x = keras.layers.MaxPooling2D(2)(x)
    x = inception_module(x, 32, 24, 48, 8, 16, 16)
    x = keras.layers.GlobalAveragePooling2D()(x)
    model = keras.Model(inputs, keras.layers.Dense(num_classes, activation="softmax")(x))
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
