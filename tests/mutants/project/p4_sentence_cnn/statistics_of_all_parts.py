"""Computes the statistics over all the arrays together: the test part leaks into the normalization."""
import numpy as np

TARGETS = ["standardize_hidden"]
HINT = 'Only x_train decides the statistics; the other parts are scaled with them, as new sentences would be.'


def standardize(x_train, *others):
    everything = np.concatenate([np.asarray(x, dtype=np.float64).reshape(-1, np.shape(x_train)[-1]) for x in (x_train, *others)])
    mean, std = everything.mean(axis=0), everything.std(axis=0)
    std = np.where(std == 0, 1.0, std)
    return tuple(((np.asarray(x, dtype=np.float64) - mean) / std).astype(np.float32) for x in (x_train, *others))
