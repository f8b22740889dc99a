"""Both builders end in a linear Dense: logits, not probabilities."""
import keras

TARGETS = ["builders_hidden"]

HINT = "The last Dense has softmax: each row of outputs is a probability over the classes."


def build_sequential(input_shape, num_classes):
    return keras.Sequential([keras.Input(input_shape), keras.layers.Rescaling(1 / 255), keras.layers.Conv2D(16, 3, activation="relu"),
                             keras.layers.MaxPooling2D(2), keras.layers.Conv2D(32, 3, activation="relu"), keras.layers.MaxPooling2D(2),
                             keras.layers.Flatten(), keras.layers.Dense(64, activation="relu"), keras.layers.Dense(num_classes)])


def build_functional(input_shape, num_classes):
    inputs = keras.Input(input_shape)
    x = keras.layers.Rescaling(1 / 255)(inputs)
    x = keras.layers.MaxPooling2D(2)(keras.layers.Conv2D(16, 3, activation="relu")(x))
    x = keras.layers.MaxPooling2D(2)(keras.layers.Conv2D(32, 3, activation="relu")(x))
    x = keras.layers.Dense(64, activation="relu")(keras.layers.Flatten()(x))
    return keras.Model(inputs, keras.layers.Dense(num_classes)(x))
