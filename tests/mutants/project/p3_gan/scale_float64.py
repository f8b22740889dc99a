"""Arithmetic on the uint8 array gives float64, not the float32 Keras computes in."""
import numpy as np

TARGETS = ["scale_hidden"]
HINT = 'Convert to float32 (np.asarray(images, dtype=np.float32)) before scaling.'


def scale_images(images):
    x = np.asarray(images)
    return ((x - 127.5) / 127.5)[..., None]
