"""Accepts any val_fraction."""
import numpy as np

TARGETS = ["split_hidden"]
HINT = "Raise ValueError unless 0 < val_fraction < 1: 0 leaves no validation, 1 no training."


def split_holdout(x, y, val_fraction, seed):
    order = np.random.default_rng(seed).permutation(len(x))
    n_val = round(val_fraction * len(x))
    return x[order[n_val:]], y[order[n_val:]], x[order[:n_val]], y[order[:n_val]]
