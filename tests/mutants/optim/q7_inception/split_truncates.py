"""int() in place of round(): 57 rows at 10 % hold out 5, not 6."""
import numpy as np

TARGETS = ["split_hidden"]
HINT = "The text says round(val_fraction * N); int() rounds down."


def split_holdout(x, y, val_fraction, seed):
    if not 0 < val_fraction < 1:
        raise ValueError("val_fraction must be between 0 and 1")
    order = np.random.default_rng(seed).permutation(len(x))
    n_val = int(val_fraction * len(x))
    return x[order[n_val:]], y[order[n_val:]], x[order[:n_val]], y[order[:n_val]]
