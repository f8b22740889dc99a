"""Holds out the last rows, unshuffled."""

TARGETS = ["split_hidden"]
HINT = "Draw the rows with np.random.default_rng(seed).permutation(N): the last rows of a file are rarely a fair sample."


def split_holdout(x, y, val_fraction, seed):
    if not 0 < val_fraction < 1:
        raise ValueError("val_fraction must be between 0 and 1")
    n_val = round(val_fraction * len(x))
    return x[:len(x) - n_val], y[:len(x) - n_val], x[len(x) - n_val:], y[len(x) - n_val:]
