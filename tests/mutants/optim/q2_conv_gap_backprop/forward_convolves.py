"""The forward pass as a true convolution (scipy.signal.convolve2d flips the filter), not what Conv2D computes."""
import numpy as np
import scipy.signal

TARGETS = ["forward_hidden", "general_hidden"]
HINT = "Conv2D computes a cross-correlation: O[i, j] = sum of X[i + a, j + b] * F[a, b], with F not flipped."


def conv_forward(X, F):
    X, F = np.asarray(X, dtype=float), np.asarray(F, dtype=float)
    if F.shape[0] > X.shape[0] or F.shape[1] > X.shape[1]:
        raise ValueError("the filter is larger than the input")
    return scipy.signal.convolve2d(X, F, mode="valid")
