"""x / 255.0 on uint8 gives float64: twice the memory, and not the float32 Keras computes in."""
import numpy as np

TARGETS = ["preprocess_hidden"]
HINT = (
    "preprocess must return float32: dividing uint8 images by 255.0 gives float64, twice the memory and not the "
    "type Keras computes in."
)


def preprocess(x):
    return (np.asarray(x) / 255.0)[..., np.newaxis]
