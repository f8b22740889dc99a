"""Scaled, but left (N, 28, 28): the homework relied on Keras adding the channel axis."""
import numpy as np

TARGETS = ["preprocess_hidden"]


def preprocess(x):
    return np.asarray(x, dtype=np.float32) / 255.0
