"""The report called maxpoolBackward but never defined it."""
import numpy as np

TARGETS = ["maxpool_hidden", "network_hidden"]
HINT = "Write maxpool_backward: each window's gradient goes to the position of its maximum."


def maxpool_backward(dout, x, pool=(2, 2)):
    return maxpoolBackward(dout, x, pool)
