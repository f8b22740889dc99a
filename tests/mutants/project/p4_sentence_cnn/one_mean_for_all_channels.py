"""Uses one mean and one standard deviation over all channels instead of one per channel."""
import numpy as np

TARGETS = ["standardize_hidden"]
HINT = 'Reduce over every axis but the last: mean(axis=(0, 1, 2)) gives one value per channel.'


def standardize(x_train, *others):
    x_train = np.asarray(x_train, dtype=np.float64)
    axes = None
    mean = x_train.mean(axis=axes)
    std = x_train.std(axis=axes)
    std = np.where(std == 0, 1.0, std)
    return tuple(((np.asarray(x, dtype=np.float64) - mean) / std).astype(np.float32) for x in (x_train, *others))
