"""The report's "Inception" (E5): the branches' layers stacked one after another, nothing concatenated."""
import keras

TARGETS = ["inception_hidden"]
HINT = "An Inception module runs its four branches side by side on the same input and joins them with one Concatenate."


def inception_module(x, f1, f3_reduce, f3, f5_reduce, f5, pool_proj):
    conv = keras.layers.Conv2D
    x = conv(f1, 1, activation="relu")(x)
    x = conv(f3, 3, padding="same", activation="relu")(conv(f3_reduce, 1, activation="relu")(x))
    x = conv(f5, 5, padding="same", activation="relu")(conv(f5_reduce, 1, activation="relu")(x))
    return conv(pool_proj, 1, activation="relu")(keras.layers.MaxPooling2D(3, strides=1, padding="same")(x))
