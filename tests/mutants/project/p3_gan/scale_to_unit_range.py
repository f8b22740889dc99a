"""Scales to [0, 1] (x / 255), not to tanh's [-1, 1]."""
import numpy as np

TARGETS = ["scale_hidden"]
HINT = 'The generator ends in tanh: scale to [-1, 1] with (x - 127.5) / 127.5.'


def scale_images(images):
    x = np.asarray(images, dtype=np.float32)
    return (x / 255.0)[..., None]
