"""dX as a full cross-correlation of dO with F: the filter is not rotated by 180 degrees."""
import numpy as np
import scipy.signal

TARGETS = ["conv_backward_hidden", "general_hidden"]
HINT = "Input X[p, q] meets F[p - i, q - j] in output (i, j): the filter index runs backwards, so rotate F (a convolution)."


def conv_backward(X, F, dO):
    X, F, dO = (np.asarray(a, dtype=float) for a in (X, F, dO))
    return scipy.signal.correlate2d(X, dO, mode="valid"), scipy.signal.correlate2d(dO, F, mode="full")
