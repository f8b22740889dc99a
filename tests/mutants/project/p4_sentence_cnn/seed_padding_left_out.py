"""The report's rejected option (1): statistics from the word rows only, the padding rows left out."""
import numpy as np

TARGETS = ["standardize_hidden"]
HINT = 'The report padded first, then normalized: the zero rows count in the mean and standard deviation.'


def standardize(x_train, *others):
    x_train = np.asarray(x_train, dtype=np.float64)
    rows = x_train.reshape(-1, x_train.shape[-1])
    words = rows[np.any(rows != 0, axis=1)]
    mean, std = words.mean(axis=0), words.std(axis=0)
    std = np.where(std == 0, 1.0, std)
    return tuple(((np.asarray(x, dtype=np.float64) - mean) / std).astype(np.float32) for x in (x_train, *others))
