"""Average pooling's backward pass: each window's gradient spread evenly over its entries."""
import numpy as np

TARGETS = ["maxpool_hidden", "network_hidden"]
HINT = 'Only the maximum of a window reached the output: it alone gets the gradient.'


def maxpool_backward(dout, x, pool=(2, 2)):
    x, dout = np.asarray(x, dtype=float), np.asarray(dout, dtype=float)
    ph, pw = pool
    n, h, w, c = x.shape
    return (np.repeat(np.repeat(dout, ph, axis=1), pw, axis=2)[:, :h, :w] / (ph * pw))
