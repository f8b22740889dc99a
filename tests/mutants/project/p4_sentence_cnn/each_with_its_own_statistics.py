"""Normalizes each array with its own mean and standard deviation: the test part is scaled by its own numbers."""
import numpy as np

TARGETS = ["standardize_hidden"]
HINT = 'Compute the statistics once, from x_train, and apply those to every array.'


def standardize(x_train, *others):
    out = []
    for x in (x_train, *others):
        x = np.asarray(x, dtype=np.float64)
        mean, std = x.mean(axis=(0, 1, 2)), x.std(axis=(0, 1, 2))
        out.append(((x - mean) / np.where(std == 0, 1.0, std)).astype(np.float32))
    return tuple(out)
