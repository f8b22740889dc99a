"""No real held-out set (E6's spirit): the validation rows are drawn, but training keeps every row."""
import numpy as np

TARGETS = ["split_hidden"]
HINT = "The validation rows must leave the training set: training gets `order[n_val:]` only."


def split_holdout(x, y, val_fraction, seed):
    if not 0 < val_fraction < 1:
        raise ValueError("val_fraction must be between 0 and 1")
    order = np.random.default_rng(seed).permutation(len(x))
    val = order[:round(val_fraction * len(x))]
    return x[order], y[order], x[val], y[val]
