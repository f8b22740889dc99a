"""Both builders compile their model."""
import keras

TARGETS = ["builders_hidden"]

HINT = "Return the models uncompiled: Part E compiles them."


def build_sequential(input_shape, num_classes):
    model = keras.Sequential([keras.Input(input_shape), keras.layers.Rescaling(1 / 255), keras.layers.Conv2D(16, 3, activation="relu"),
                              keras.layers.MaxPooling2D(2), keras.layers.Conv2D(32, 3, activation="relu"), keras.layers.MaxPooling2D(2),
                              keras.layers.Flatten(), keras.layers.Dense(64, activation="relu"), keras.layers.Dense(num_classes, activation="softmax")])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    return model


def build_functional(input_shape, num_classes):
    inputs = keras.Input(input_shape)
    x = keras.layers.Rescaling(1 / 255)(inputs)
    x = keras.layers.MaxPooling2D(2)(keras.layers.Conv2D(16, 3, activation="relu")(x))
    x = keras.layers.MaxPooling2D(2)(keras.layers.Conv2D(32, 3, activation="relu")(x))
    x = keras.layers.Dense(64, activation="relu")(keras.layers.Flatten()(x))
    model = keras.Model(inputs, keras.layers.Dense(num_classes, activation="softmax")(x))
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    return model
