"""The pooling branch has no 1x1 projection: it passes all of x's channels on."""
import keras

TARGETS = ["inception_hidden"]
HINT = "The pooling branch ends in Conv2D(pool_proj, 1): without it the module keeps all of x's channels."


def inception_module(x, f1, f3_reduce, f3, f5_reduce, f5, pool_proj):
    conv = keras.layers.Conv2D
    b1 = conv(f1, 1, activation="relu")(x)
    b3 = conv(f3, 3, padding="same", activation="relu")(conv(f3_reduce, 1, activation="relu")(x))
    b5 = conv(f5, 5, padding="same", activation="relu")(conv(f5_reduce, 1, activation="relu")(x))
    bp = keras.layers.MaxPooling2D(3, strides=1, padding="same")(x)
    return keras.layers.Concatenate(axis=-1)([b1, b3, b5, bp])
