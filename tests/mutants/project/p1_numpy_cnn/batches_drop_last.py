"""Drops the last, smaller batch (a way round the report's np.array of ragged batches)."""
import numpy as np

TARGETS = ["batches_hidden", "train_hidden"]
HINT = 'Keep the rest as a last, smaller batch: every image is used every epoch.'


def batches(data, batch_size, seed):
    data = np.asarray(data, dtype=float)
    rows = data[np.random.default_rng(seed).permutation(len(data))]
    return [(rows[i:i + batch_size, :-1].reshape(-1, 28, 28, 1), rows[i:i + batch_size, -1].astype(int))
            for i in range(0, len(rows) - batch_size + 1, batch_size)]
