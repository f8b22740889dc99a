"""float32 with a channel axis, but still 0-255."""
import numpy as np

TARGETS = ["preprocess_hidden"]
HINT = (
    "preprocess must also scale the pixel values from 0-255 to [0, 1] by dividing by 255; float32 with a channel "
    "axis is not enough."
)


def preprocess(x):
    return np.asarray(x, dtype=np.float32)[..., np.newaxis]
