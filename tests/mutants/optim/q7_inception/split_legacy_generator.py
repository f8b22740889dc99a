"""Draws the permutation with the legacy np.random.RandomState(seed)."""
import numpy as np

TARGETS = ["split_hidden"]
HINT = "Use the generator the text names, np.random.default_rng(seed): another generator draws another permutation."


def split_holdout(x, y, val_fraction, seed):
    if not 0 < val_fraction < 1:
        raise ValueError("val_fraction must be between 0 and 1")
    order = np.random.RandomState(seed).permutation(len(x))
    n_val = round(val_fraction * len(x))
    return x[order[n_val:]], y[order[n_val:]], x[order[:n_val]], y[order[:n_val]]
