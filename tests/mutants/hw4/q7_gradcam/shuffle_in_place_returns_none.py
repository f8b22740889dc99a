"""The homework's shuffle: np.random.shuffle works in place and returns None."""
import numpy as np

TARGETS = ["shuffle_hidden"]
HINT = "np.random.shuffle works in place and returns None; shuffle_together must return the shuffled arrays themselves."


def shuffle_together(x, y, seed):
    np.random.seed(seed)
    x_shuffled = np.random.shuffle(x)
    np.random.seed(seed)
    y_shuffled = np.random.shuffle(y)
    return x_shuffled, y_shuffled
