"""The report's solver: Y = batch[:, 1], a pixel (practically always 0) instead of the label in the last column."""
import numpy as np

TARGETS = ["batches_hidden", "accuracy_hidden"]
HINT = 'np.hstack put the label last: read batch[:, -1], and the pixels from batch[:, :-1].'


def batches(data, batch_size, seed):
    data = np.asarray(data, dtype=float)
    rows = data[np.random.default_rng(seed).permutation(len(data))]
    return [(rows[i:i + batch_size, :-1].reshape(-1, 28, 28, 1), rows[i:i + batch_size, 1].astype(int))
            for i in range(0, len(rows), batch_size)]
