"""Images and labels shuffled with two different permutations: the pairs are broken."""
import numpy as np

TARGETS = ["shuffle_hidden", "accuracy_hidden"]
HINT = (
    "Images and labels must be reordered by one and the same permutation so every pair (x[i], y[i]) stays together;"
    " two separate draws break the pairs."
)


def shuffle_together(x, y, seed):
    rng = np.random.default_rng(seed)
    return np.asarray(x)[rng.permutation(len(x))], np.asarray(y)[rng.permutation(len(y))]
