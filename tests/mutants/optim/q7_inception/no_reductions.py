"""Runs the 3x3 and 5x5 convolutions on x directly, without their 1x1 reductions."""
import keras

TARGETS = ["inception_hidden"]
HINT = "Branches 2 and 3 start with a 1x1 convolution to f3_reduce or f5_reduce channels; that is what keeps them cheap."


def inception_module(x, f1, f3_reduce, f3, f5_reduce, f5, pool_proj):
    conv = keras.layers.Conv2D
    b1 = conv(f1, 1, activation="relu")(x)
    b3 = conv(f3, 3, padding="same", activation="relu")(x)
    b5 = conv(f5, 5, padding="same", activation="relu")(x)
    bp = conv(pool_proj, 1, activation="relu")(keras.layers.MaxPooling2D(3, strides=1, padding="same")(x))
    return keras.layers.Concatenate(axis=-1)([b1, b3, b5, bp])
