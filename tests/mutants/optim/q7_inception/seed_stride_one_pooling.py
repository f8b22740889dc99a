"""The report's pooling (E5): MaxPooling2D(3, strides=1, padding="same") between the modules, which shrinks nothing."""
import keras

TARGETS = ["net_hidden"]
HINT = "`MaxPooling2D(2)` halves the maps (16 x 16, then 8 x 8); a stride-1 pooling keeps them at 32 x 32."


def build_inception_net(input_shape=(32, 32, 3), num_classes=10):
    inputs = keras.Input(input_shape)
    x = keras.layers.Conv2D(32, 3, padding="same", activation="relu")(inputs)
    x = keras.layers.MaxPooling2D(3, strides=1, padding="same")(x)
    x = inception_module(x, 16, 16, 24, 4, 8, 8)
    x = keras.layers.MaxPooling2D(3, strides=1, padding="same")(x)
    x = inception_module(x, 32, 24, 48, 8, 16, 16)
    x = keras.layers.GlobalAveragePooling2D()(x)
    model = keras.Model(inputs, keras.layers.Dense(num_classes, activation="softmax")(x))
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
