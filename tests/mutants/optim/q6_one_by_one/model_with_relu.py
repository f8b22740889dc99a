"""The report's layer kept its activation='relu': negative responses are cut to 0."""
import keras

TARGETS = ["model_hidden"]
HINT = "The text asks for no activation: a 1x1 convolution alone is linear."


def build_one_by_one(input_shape, filters):
    return keras.Sequential([keras.Input(shape=input_shape), keras.layers.Conv2D(filters, 1, activation="relu")])
