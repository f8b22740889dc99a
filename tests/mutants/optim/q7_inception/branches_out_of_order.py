"""Concatenates the branches as 3x3, 5x5, 1x1, pool: the channels come out in another order."""
import keras

TARGETS = ["inception_hidden"]
HINT = "Concatenate the branches in the order of the text: 1x1, then 1x1-3x3, then 1x1-5x5, then pool-1x1."


def inception_module(x, f1, f3_reduce, f3, f5_reduce, f5, pool_proj):
    conv = keras.layers.Conv2D
    b1 = conv(f1, 1, activation="relu")(x)
    b3 = conv(f3, 3, padding="same", activation="relu")(conv(f3_reduce, 1, activation="relu")(x))
    b5 = conv(f5, 5, padding="same", activation="relu")(conv(f5_reduce, 1, activation="relu")(x))
    bp = conv(pool_proj, 1, activation="relu")(keras.layers.MaxPooling2D(3, strides=1, padding="same")(x))
    return keras.layers.Concatenate(axis=-1)([b3, b5, b1, bp])
