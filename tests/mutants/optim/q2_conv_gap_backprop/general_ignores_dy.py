"""conv_gap_backward as if every dL/dy[c] were 1."""
import numpy as np

TARGETS = ["general_hidden"]
HINT = "Each output channel c passes its own upstream gradient dy[c] back through GAP."


def conv_gap_backward(X, F, dy):
    X, F = np.asarray(X, dtype=float), np.asarray(F, dtype=float)
    if X.shape[2] != F.shape[2]:
        raise ValueError("channels differ")
    out_shape = (X.shape[0] - F.shape[0] + 1, X.shape[1] - F.shape[1] + 1)
    dF, dX = np.zeros(F.shape), np.zeros(X.shape)
    for c in range(F.shape[3]):
        dO = gap_backward(out_shape, 1.0)
        for k in range(F.shape[2]):
            dF[:, :, k, c], dx = conv_backward(X[:, :, k], F[:, :, k, c], dO)
            dX[:, :, k] += dx
    return dF, dX
