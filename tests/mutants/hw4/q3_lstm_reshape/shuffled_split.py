"""Windows shuffled before splitting, as train_test_split does by default."""
import numpy as np

TARGETS = ["split_hidden"]
HINT = (
    "Do not shuffle a time series before splitting: the training part comes first in time, then validation, then "
    "test, each in its original order."
)


def chronological_split(X, y, val_fraction, test_fraction):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    order = np.random.default_rng(42).permutation(len(X))
    X, y = X[order], y[order]
    n = len(X)
    n_test, n_val = int(n * test_fraction), int(n * val_fraction)
    n_train = n - n_val - n_test
    x_mean, x_std = X[:n_train].mean(axis=(0, 1)), X[:n_train].std(axis=(0, 1))
    y_mean, y_std = y[:n_train].mean(), y[:n_train].std()
    Xs, ys = (X - x_mean) / x_std, (y - y_mean) / y_std
    cuts = [0, n_train, n_train + n_val, n]
    parts = [(Xs[a:b], ys[a:b]) for a, b in zip(cuts, cuts[1:])]
    return parts[0], parts[1], parts[2], {"x_mean": x_mean, "x_std": x_std, "y_mean": y_mean, "y_std": y_std}
