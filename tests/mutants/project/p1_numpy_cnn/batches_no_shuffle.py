"""Cuts the rows in their order: the seed is ignored."""
import numpy as np

TARGETS = ["batches_hidden"]
HINT = 'Shuffle the rows with np.random.default_rng(seed).permutation before cutting them.'


def batches(data, batch_size, seed):
    rows = np.asarray(data, dtype=float)
    return [(rows[i:i + batch_size, :-1].reshape(-1, 28, 28, 1), rows[i:i + batch_size, -1].astype(int))
            for i in range(0, len(rows), batch_size)]
