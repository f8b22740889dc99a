"""Normalizes the caller's arrays in place."""
import numpy as np

TARGETS = ["standardize_hidden"]
HINT = 'Build new arrays: the arrays passed in must stay as they were.'


def standardize(x_train, *others):
    mean = x_train.mean(axis=(0, 1, 2))
    std = x_train.std(axis=(0, 1, 2))
    std = np.where(std == 0, 1.0, std)
    out = []
    for x in (x_train, *others):
        x -= mean.astype(x.dtype)
        x /= std.astype(x.dtype)
        out.append(x)
    return tuple(out)
