"""Correct, written differently: scipy.signal for the 2-D passes, einsum over sliding windows for the channels,
the terms as a list of tuples."""
import numpy as np
import scipy.signal
from numpy.lib.stride_tricks import sliding_window_view


def conv_forward(X, F):
    X, F = np.asarray(X, dtype=float), np.asarray(F, dtype=float)
    if any(k > n for k, n in zip(F.shape, X.shape)):
        raise ValueError("filter larger than input")
    return scipy.signal.correlate2d(X, F, mode="valid")


def gap_forward(O):
    return np.asarray(O, dtype=float).sum() / np.size(O)


def gap_backward(shape, dy=1.0):
    return dy * np.ones(shape) / np.prod(shape)


def conv_backward(X, F, dO):
    return scipy.signal.correlate2d(X, dO, mode="valid"), scipy.signal.convolve2d(dO, F, mode="full")


def conv_gap_forward(X, F):
    X, F = np.asarray(X, dtype=float), np.asarray(F, dtype=float)
    if X.shape[-1] != F.shape[-2]:
        raise ValueError("channel mismatch")
    windows = sliding_window_view(X, F.shape[:2], axis=(0, 1))  # (oh, ow, C_in, kh, kw)
    return np.einsum("ijkab,abkc->c", windows, F) / (windows.shape[0] * windows.shape[1])


def conv_gap_backward(X, F, dy):
    X, F, dy = np.asarray(X, dtype=float), np.asarray(F, dtype=float), np.asarray(dy, dtype=float)
    if X.shape[-1] != F.shape[-2]:
        raise ValueError("channel mismatch")
    windows = sliding_window_view(X, F.shape[:2], axis=(0, 1))
    n = windows.shape[0] * windows.shape[1]
    dF = np.einsum("ijkab,c->abkc", windows, dy) / n
    dX = np.zeros_like(X)
    g = np.einsum("abkc,c->abk", F, dy) / n  # every output position sends back the same dy-weighted filter
    for i in range(windows.shape[0]):
        for j in range(windows.shape[1]):
            dX[i:i + F.shape[0], j:j + F.shape[1]] += g
    return dF, dX

DX22_TERMS = [("O22", "F11"), ("O21", "F12"), ("O12", "F21"), ("O11", "F22")]
