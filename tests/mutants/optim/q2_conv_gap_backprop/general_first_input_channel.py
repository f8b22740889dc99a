"""The forward pass reads input channel 0 for every filter slice: F[:, :, k, c] always meets X[:, :, 0]."""
import numpy as np

TARGETS = ["general_hidden"]
HINT = "Filter slice F[:, :, k, c] is applied to input channel k, and the C_in results are summed."


def conv_gap_forward(X, F):
    X, F = np.asarray(X, dtype=float), np.asarray(F, dtype=float)
    if X.shape[2] != F.shape[2]:
        raise ValueError("channels differ")
    return np.array([sum(gap_forward(conv_forward(X[:, :, 0], F[:, :, k, c])) for k in range(F.shape[2]))
                     for c in range(F.shape[3])])
