"""No ValueError for a filter larger than the input: NumPy slicing quietly gives an empty or wrong output."""
import numpy as np

TARGETS = ["forward_hidden"]
HINT = "Check the filter's height and width against the input's before sliding it."


def conv_forward(X, F):
    X, F = np.asarray(X, dtype=float), np.asarray(F, dtype=float)
    (h, w), (kh, kw) = X.shape, F.shape
    O = np.zeros((max(h - kh + 1, 0), max(w - kw + 1, 0)))
    for a in range(kh):
        for b in range(kw):
            O += F[a, b] * X[a:a + O.shape[0], b:b + O.shape[1]]
    return O
