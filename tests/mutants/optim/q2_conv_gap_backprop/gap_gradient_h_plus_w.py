"""GAP's gradient divided by h + w: on the report's 2x2 map that is 4, the right count, by coincidence."""
import numpy as np

TARGETS = ["gap_backward_hidden", "general_hidden"]
HINT = "Count the entries of the map: h times w, which equals h + w only for 2x2."


def gap_backward(shape, dy=1.0):
    h, w = shape
    return np.full((h, w), dy / (h + w))
