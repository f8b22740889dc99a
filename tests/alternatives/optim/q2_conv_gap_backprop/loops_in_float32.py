"""Correct, written differently: plain loops over output positions (scalar arithmetic), float32 results."""
import numpy as np


def conv_forward(X, F):
    X, F = np.array(X, dtype=np.float32), np.array(F, dtype=np.float32)
    kh, kw = F.shape
    oh, ow = X.shape[0] - kh + 1, X.shape[1] - kw + 1
    if oh < 1 or ow < 1:
        raise ValueError(f"filter {F.shape} does not fit input {X.shape}")
    O = np.empty((oh, ow), dtype=np.float32)
    for i in range(oh):
        for j in range(ow):
            O[i, j] = (X[i:i + kh, j:j + kw] * F).sum()
    return O


def gap_forward(O):
    total, count = 0.0, 0
    for row in np.asarray(O):
        for v in row:
            total += float(v)
            count += 1
    return total / count


def gap_backward(shape, dy=1.0):
    h, w = shape
    return np.full((h, w), dy, dtype=np.float32) / np.float32(h * w)


def conv_backward(X, F, dO):
    X, F, dO = (np.array(a, dtype=np.float64) for a in (X, F, dO))
    kh, kw = F.shape
    dF, dX = np.zeros_like(F), np.zeros_like(X)
    for i in range(dO.shape[0]):
        for j in range(dO.shape[1]):
            dF += dO[i, j] * X[i:i + kh, j:j + kw]
            dX[i:i + kh, j:j + kw] += dO[i, j] * F
    return dF.astype(np.float32), dX.astype(np.float32)


def conv_gap_forward(X, F):
    X, F = np.asarray(X), np.asarray(F)
    if X.shape[2] != F.shape[2]:
        raise ValueError("X and F disagree on the input channels")
    y = np.zeros(F.shape[3])
    for c in range(F.shape[3]):
        y[c] = gap_forward(sum(conv_forward(X[:, :, k], F[:, :, k, c]) for k in range(X.shape[2])))
    return y


def conv_gap_backward(X, F, dy):
    X, F = np.asarray(X), np.asarray(F)
    if X.shape[2] != F.shape[2]:
        raise ValueError("X and F disagree on the input channels")
    dO = [gap_backward((X.shape[0] - F.shape[0] + 1, X.shape[1] - F.shape[1] + 1), float(d)) for d in dy]
    dF = np.zeros(F.shape)
    dX = np.zeros(X.shape)
    for k in range(F.shape[2]):
        for c in range(F.shape[3]):
            f, x = conv_backward(X[:, :, k], F[:, :, k, c], dO[c])
            dF[:, :, k, c] = f
            dX[:, :, k] += x
    return dF, dX

DX22_TERMS = {("O11", "F22"), ("O12", "F21"), ("O21", "F12"), ("O22", "F11")}
