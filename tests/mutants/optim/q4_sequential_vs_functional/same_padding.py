"""Both builders pad their convolutions ("same"): more features reach the Dense layer."""
import keras

TARGETS = ["builders_hidden"]

HINT = "The table's convolutions use Keras's default padding, \"valid\": 64 -> 62 -> 31 -> 29 -> 14."


def build_sequential(input_shape, num_classes):
    return keras.Sequential([keras.Input(input_shape), keras.layers.Rescaling(1 / 255), keras.layers.Conv2D(16, 3, padding="same", activation="relu"),
                             keras.layers.MaxPooling2D(2), keras.layers.Conv2D(32, 3, padding="same", activation="relu"), keras.layers.MaxPooling2D(2),
                             keras.layers.Flatten(), keras.layers.Dense(64, activation="relu"), keras.layers.Dense(num_classes, activation="softmax")])


def build_functional(input_shape, num_classes):
    inputs = keras.Input(input_shape)
    x = keras.layers.Rescaling(1 / 255)(inputs)
    x = keras.layers.MaxPooling2D(2)(keras.layers.Conv2D(16, 3, padding="same", activation="relu")(x))
    x = keras.layers.MaxPooling2D(2)(keras.layers.Conv2D(32, 3, padding="same", activation="relu")(x))
    x = keras.layers.Dense(64, activation="relu")(keras.layers.Flatten()(x))
    return keras.Model(inputs, keras.layers.Dense(num_classes, activation="softmax")(x))
