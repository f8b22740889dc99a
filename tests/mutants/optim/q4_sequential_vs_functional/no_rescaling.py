"""Both builders leave out the Rescaling layer."""
import keras

TARGETS = ["builders_hidden"]

HINT = "The table starts with Rescaling(1/255): without it the network sees pixels in [0, 255]."


def build_sequential(input_shape, num_classes):
    return keras.Sequential([keras.Input(input_shape), keras.layers.Conv2D(16, 3, activation="relu"), keras.layers.MaxPooling2D(2),
                             keras.layers.Conv2D(32, 3, activation="relu"), keras.layers.MaxPooling2D(2), keras.layers.Flatten(),
                             keras.layers.Dense(64, activation="relu"), keras.layers.Dense(num_classes, activation="softmax")])


def build_functional(input_shape, num_classes):
    inputs = keras.Input(input_shape)
    x = keras.layers.MaxPooling2D(2)(keras.layers.Conv2D(16, 3, activation="relu")(inputs))
    x = keras.layers.MaxPooling2D(2)(keras.layers.Conv2D(32, 3, activation="relu")(x))
    x = keras.layers.Dense(64, activation="relu")(keras.layers.Flatten()(x))
    return keras.Model(inputs, keras.layers.Dense(num_classes, activation="softmax")(x))
