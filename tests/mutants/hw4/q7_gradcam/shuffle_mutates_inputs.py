"""Re-seeding before each in-place shuffle (the pairs survive) but the caller's arrays are shuffled too."""
import numpy as np

TARGETS = ["shuffle_hidden"]
HINT = (
    "shuffle_together must leave x and y as they were: shuffling in place also reorders the caller's arrays, so "
    "return new shuffled arrays instead."
)


def shuffle_together(x, y, seed):
    np.random.seed(seed)
    np.random.shuffle(x)
    np.random.seed(seed)
    np.random.shuffle(y)
    return x, y
