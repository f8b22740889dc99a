"""Global pooling as a sum of the map, not its mean."""
import numpy as np

TARGETS = ["forward_hidden", "general_hidden"]
HINT = "Global average pooling divides the sum by the number of positions."


def gap_forward(O):
    return float(np.sum(O))
