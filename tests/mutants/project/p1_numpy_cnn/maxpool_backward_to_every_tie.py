"""Routes the gradient to every entry equal to the window's maximum: ties get the gradient twice or more."""
import numpy as np

TARGETS = ["maxpool_hidden"]
HINT = 'When entries tie, (x == max) marks them all: pick one (argmax does), or the gradient is counted twice.'


def maxpool_backward(dout, x, pool=(2, 2)):
    x, dout = np.asarray(x, dtype=float), np.asarray(dout, dtype=float)
    ph, pw = pool
    n, h, w, c = x.shape
    up = np.repeat(np.repeat(maxpool_forward(x, pool), ph, axis=1), pw, axis=2)[:, :h, :w]
    g = np.repeat(np.repeat(dout, ph, axis=1), pw, axis=2)[:, :h, :w]
    return g * (x == up)
