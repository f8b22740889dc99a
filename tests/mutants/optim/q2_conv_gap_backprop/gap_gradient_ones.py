"""GAP's gradient as dy everywhere: the 1/(h*w) of the mean is forgotten."""
import numpy as np

TARGETS = ["gap_backward_hidden", "general_hidden"]
HINT = "y is the mean of `h * w` entries: each entry's share of dy is `dy / (h * w)`."


def gap_backward(shape, dy=1.0):
    return np.full(tuple(shape), float(dy))
