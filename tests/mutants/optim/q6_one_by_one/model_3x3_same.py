"""A 3x3 'same' convolution: the same output shape, nine times the weights."""
import keras

TARGETS = ["model_hidden"]
HINT = "A 1x1 convolution has kernel_size 1: (C_in + 1) * filters parameters."


def build_one_by_one(input_shape, filters):
    return keras.Sequential([keras.Input(shape=input_shape), keras.layers.Conv2D(filters, 3, padding="same")])
