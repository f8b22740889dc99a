"""Images and labels shuffled with two different permutations: the pairs are broken."""
import numpy as np

TARGETS = ["shuffle_hidden", "accuracy_hidden"]


def shuffle_together(x, y, seed):
    rng = np.random.default_rng(seed)
    return np.asarray(x)[rng.permutation(len(x))], np.asarray(y)[rng.permutation(len(y))]
