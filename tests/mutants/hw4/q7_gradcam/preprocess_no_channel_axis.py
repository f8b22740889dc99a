"""Scaled, but left (N, 28, 28): the homework relied on Keras adding the channel axis."""
import numpy as np

TARGETS = ["preprocess_hidden"]
HINT = (
    "preprocess must return shape (N, 28, 28, 1): besides scaling, add the trailing channel axis that the CNN's "
    "input expects."
)


def preprocess(x):
    return np.asarray(x, dtype=np.float32) / 255.0
