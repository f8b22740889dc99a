"""(x - 127.5) / 255: centred, but only [-0.5, 0.5]."""
import numpy as np

TARGETS = ["scale_hidden"]
HINT = 'Divide by 127.5, so that 0 -> -1 and 255 -> 1.'


def scale_images(images):
    x = np.asarray(images, dtype=np.float32)
    return ((x - 127.5) / 255.0)[..., None]
