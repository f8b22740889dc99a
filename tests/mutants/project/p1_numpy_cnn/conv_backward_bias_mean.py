"""db as the mean of dout instead of its sum over the batch and the pixels."""
import numpy as np

TARGETS = ["conv_backward_hidden"]
HINT = 'The bias is added at every pixel of every image: its gradient sums dout over N, H and W.'


def conv_backward(dout, x, w):
    dout, x, w = (np.asarray(a, dtype=float) for a in (dout, x, w))
    kh, kw = w.shape[:2]
    n, h, wd, _ = x.shape
    xp = np.pad(x, ((0, 0), (kh // 2, kh // 2), (kw // 2, kw // 2), (0, 0)))
    dxp, dw = np.zeros_like(xp), np.zeros_like(w)
    for a in range(kh):
        for d in range(kw):
            dw[a, d] = np.tensordot(xp[:, a:a + h, d:d + wd, :], dout, axes=([0, 1, 2], [0, 1, 2]))
            dxp[:, a:a + h, d:d + wd, :] += dout @ w[a, d].T
    return dxp[:, kh // 2:kh // 2 + h, kw // 2:kw // 2 + wd, :], dw, dout.mean(axis=(0, 1, 2))
