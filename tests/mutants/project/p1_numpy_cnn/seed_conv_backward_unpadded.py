"""The report's convolutionBackward: it loops over the valid positions of the unpadded input, ignoring the padding of the forward pass."""
import numpy as np

TARGETS = ["conv_backward_hidden", "network_hidden"]
HINT = "The forward pass padded x: pad it the same way in the backward pass, and crop dx back to x's shape."


def conv_backward(dout, x, w):
    dout, x, w = (np.asarray(a, dtype=float) for a in (dout, x, w))
    kh, kw = w.shape[:2]
    n, h, wd, _ = x.shape
    oh, ow = h - kh + 1, wd - kw + 1
    dx, dw = np.zeros_like(x), np.zeros_like(w)
    core = dout[:, :max(oh, 0), :max(ow, 0), :]
    for a in range(kh):
        for d in range(kw):
            dw[a, d] = np.tensordot(x[:, a:a + oh, d:d + ow, :], core, axes=([0, 1, 2], [0, 1, 2]))
            dx[:, a:a + oh, d:d + ow, :] += core @ w[a, d].T
    return dx, dw, dout.sum(axis=(0, 1, 2))
