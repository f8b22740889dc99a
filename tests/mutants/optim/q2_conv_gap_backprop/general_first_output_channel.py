"""dX from the first filter only: the other output channels' contributions are never added."""
import numpy as np

TARGETS = ["general_hidden"]
HINT = "Every output channel's filter touches every input pixel: add their dX contributions."


def conv_gap_backward(X, F, dy):
    X, F, dy = np.asarray(X, dtype=float), np.asarray(F, dtype=float), np.asarray(dy, dtype=float)
    if X.shape[2] != F.shape[2]:
        raise ValueError("channels differ")
    out_shape = (X.shape[0] - F.shape[0] + 1, X.shape[1] - F.shape[1] + 1)
    dF, dX = np.zeros(F.shape), np.zeros(X.shape)
    for c in range(F.shape[3]):
        dO = gap_backward(out_shape, dy[c])
        for k in range(F.shape[2]):
            dF[:, :, k, c], dx = conv_backward(X[:, :, k], F[:, :, k, c], dO)
            if c == 0:
                dX[:, :, k] = dx
    return dF, dX
