"""Swaps a reduction and its convolution: Conv2D(f3, 1) then Conv2D(f3_reduce, 3)."""
import keras

TARGETS = ["inception_hidden"]
HINT = "f3_reduce is the 1x1 layer's width and f3 the 3x3 layer's (likewise f5_reduce and f5)."


def inception_module(x, f1, f3_reduce, f3, f5_reduce, f5, pool_proj):
    conv = keras.layers.Conv2D
    b1 = conv(f1, 1, activation="relu")(x)
    b3 = conv(f3_reduce, 3, padding="same", activation="relu")(conv(f3, 1, activation="relu")(x))
    b5 = conv(f5_reduce, 5, padding="same", activation="relu")(conv(f5, 1, activation="relu")(x))
    bp = conv(pool_proj, 1, activation="relu")(keras.layers.MaxPooling2D(3, strides=1, padding="same")(x))
    return keras.layers.Concatenate(axis=-1)([b1, b3, b5, bp])
