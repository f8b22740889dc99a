"""The pooling branch strides by 2 (the pooling's default stride is its size), so its maps do not match."""
import keras

TARGETS = ["inception_hidden"]
HINT = "MaxPooling2D(3)'s stride defaults to 3: give strides=1 and padding=\"same\" so every branch keeps x's height and width."


def inception_module(x, f1, f3_reduce, f3, f5_reduce, f5, pool_proj):
    conv = keras.layers.Conv2D
    b1 = conv(f1, 1, activation="relu")(x)
    b3 = conv(f3, 3, padding="same", activation="relu")(conv(f3_reduce, 1, activation="relu")(x))
    b5 = conv(f5, 5, padding="same", activation="relu")(conv(f5_reduce, 1, activation="relu")(x))
    bp = conv(pool_proj, 1, activation="relu")(keras.layers.MaxPooling2D(3, padding="same")(x))
    return keras.layers.Concatenate(axis=-1)([b1, b3, b5, bp])
