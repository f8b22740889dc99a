"""Correct, written differently: a Sequential model of any image size whose kernel is assigned, and
scipy.signal.correlate2d with zero fill."""
import numpy as np
import keras
import scipy.signal


def keras_filter(image, kernel):
    model = keras.Sequential([keras.Input((None, None, 1)), keras.layers.Conv2D(1, 3, padding="same", use_bias=False)])
    model.layers[0].kernel.assign(np.reshape(np.asarray(kernel, "float32"), (3, 3, 1, 1)))
    batch = np.asarray(image, "float32")[None, ..., None]
    return np.squeeze(model.predict(batch, verbose=0), axis=(0, 3))


def correlate_filter(image, kernel):
    out = scipy.signal.correlate2d(np.asarray(image, "float64"), np.asarray(kernel, "float64"), mode="same",
                                   boundary="fill", fillvalue=0)
    return out.astype("float32")


def blur_gain(n):
    return 9.0 / float(n)
