"""The Functional builder forgets the second pooling: not the same network as the Sequential one."""
import keras

TARGETS = ["builders_hidden", "same_hidden"]
HINT = "Build the Functional model layer for layer from the table: both MaxPooling2D layers."


def build_functional(input_shape, num_classes):
    inputs = keras.Input(input_shape)
    x = keras.layers.Rescaling(1 / 255)(inputs)
    x = keras.layers.MaxPooling2D(2)(keras.layers.Conv2D(16, 3, activation="relu")(x))
    x = keras.layers.Conv2D(32, 3, activation="relu")(x)
    x = keras.layers.Dense(64, activation="relu")(keras.layers.Flatten()(x))
    return keras.Model(inputs, keras.layers.Dense(num_classes, activation="softmax")(x))
