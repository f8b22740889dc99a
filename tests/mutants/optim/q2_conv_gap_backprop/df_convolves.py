"""dF as a valid convolution of X with dO (dO flipped) instead of a cross-correlation."""
import numpy as np
import scipy.signal

TARGETS = ["conv_backward_hidden"]
HINT = "dF[a, b] sums dO[i, j] * X[i + a, j + b]: slide dO over X without flipping it."


def conv_backward(X, F, dO):
    X, F, dO = (np.asarray(a, dtype=float) for a in (X, F, dO))
    return scipy.signal.convolve2d(X, dO, mode="valid"), scipy.signal.convolve2d(dO, F, mode="full")
