"""Divides a constant channel by its standard deviation of 0: NaN everywhere in it."""
import numpy as np

TARGETS = ["standardize_hidden"]
HINT = 'Replace a standard deviation of 0 by 1 (np.where(std == 0, 1.0, std)).'


def standardize(x_train, *others):
    x_train = np.asarray(x_train, dtype=np.float64)
    axes = tuple(range(x_train.ndim - 1))
    mean = x_train.mean(axis=axes)
    std = x_train.std(axis=axes)
    return tuple(((np.asarray(x, dtype=np.float64) - mean) / std).astype(np.float32) for x in (x_train, *others))
