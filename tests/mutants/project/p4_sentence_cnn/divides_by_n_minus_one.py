"""Uses the sample standard deviation (ddof=1) instead of NumPy's default."""
import numpy as np

TARGETS = ["standardize_hidden"]
HINT = "The text asks for NumPy's std, which divides by the count (ddof=0)."


def standardize(x_train, *others):
    x_train = np.asarray(x_train, dtype=np.float64)
    axes = tuple(range(x_train.ndim - 1))
    mean = x_train.mean(axis=axes)
    std = x_train.std(axis=axes, ddof=1)
    std = np.where(std == 0, 1.0, std)
    return tuple(((np.asarray(x, dtype=np.float64) - mean) / std).astype(np.float32) for x in (x_train, *others))
