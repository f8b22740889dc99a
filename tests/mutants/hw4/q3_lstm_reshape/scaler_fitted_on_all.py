"""The scaler fitted on all the data, test period included."""
import numpy as np

TARGETS = ["split_hidden"]
HINT = (
    "Take the means and standard deviations used to standardize from the training part only; statistics of all the "
    "data let the validation and test periods shape the inputs."
)


def chronological_split(X, y, val_fraction, test_fraction):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    n = len(X)
    n_test, n_val = int(n * test_fraction), int(n * val_fraction)
    n_train = n - n_val - n_test
    x_mean, x_std = X.mean(axis=(0, 1)), X.std(axis=(0, 1))
    y_mean, y_std = y.mean(), y.std()
    Xs, ys = (X - x_mean) / x_std, (y - y_mean) / y_std
    cuts = [0, n_train, n_train + n_val, n]
    parts = [(Xs[a:b], ys[a:b]) for a, b in zip(cuts, cuts[1:])]
    return parts[0], parts[1], parts[2], {"x_mean": x_mean, "x_std": x_std, "y_mean": y_mean, "y_std": y_std}
