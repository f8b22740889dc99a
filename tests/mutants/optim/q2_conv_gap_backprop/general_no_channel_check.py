"""No ValueError when X's channels differ from F's: zip() pairs them quietly and drops the rest."""
import numpy as np

TARGETS = ["general_hidden"]
HINT = "Compare X.shape[2] with F.shape[2] and raise ValueError when they differ."


def conv_gap_forward(X, F):
    X, F = np.asarray(X, dtype=float), np.asarray(F, dtype=float)
    return np.array([sum(gap_forward(conv_forward(X[:, :, k], F[:, :, k, c])) for k in range(min(X.shape[2], F.shape[2])))
                     for c in range(F.shape[3])])


def conv_gap_backward(X, F, dy):
    X, F, dy = np.asarray(X, dtype=float), np.asarray(F, dtype=float), np.asarray(dy, dtype=float)
    out_shape = (X.shape[0] - F.shape[0] + 1, X.shape[1] - F.shape[1] + 1)
    dF, dX = np.zeros(F.shape), np.zeros(X.shape)
    for c in range(F.shape[3]):
        dO = gap_backward(out_shape, dy[c])
        for k in range(min(X.shape[2], F.shape[2])):
            dF[:, :, k, c], dx = conv_backward(X[:, :, k], F[:, :, k, c], dO)
            dX[:, :, k] += dx
    return dF, dX
