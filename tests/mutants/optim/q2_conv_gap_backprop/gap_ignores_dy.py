"""gap_backward always assumes dL/dy = 1, whatever dy it is given."""
import numpy as np

TARGETS = ["gap_backward_hidden", "general_hidden"]
HINT = "The chain rule multiplies by the upstream gradient dy: dL/dO = dy * dy/dO."


def gap_backward(shape, dy=1.0):
    h, w = shape
    return np.full((h, w), 1.0 / (h * w))
