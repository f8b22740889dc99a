"""dx multiplies by w[a, d] instead of its transpose: it only runs when C_in == C_out, and is wrong then too."""
import numpy as np

TARGETS = ["conv_backward_hidden"]
HINT = 'dx[.., k] sums dout[.., c] * w[a, d, k, c] over c: that is dout @ w[a, d].T.'


def conv_backward(dout, x, w):
    dout, x, w = (np.asarray(a, dtype=float) for a in (dout, x, w))
    kh, kw = w.shape[:2]
    n, h, wd, _ = x.shape
    xp = np.pad(x, ((0, 0), (kh // 2, kh // 2), (kw // 2, kw // 2), (0, 0)))
    dxp, dw = np.zeros_like(xp), np.zeros_like(w)
    for a in range(kh):
        for d in range(kw):
            dw[a, d] = np.tensordot(xp[:, a:a + h, d:d + wd, :], dout, axes=([0, 1, 2], [0, 1, 2]))
            m = w[a, d] if w.shape[2] == w.shape[3] else w[a, d].T
            dxp[:, a:a + h, d:d + wd, :] += dout @ m
    return dxp[:, kh // 2:kh // 2 + h, kw // 2:kw // 2 + wd, :], dw, dout.sum(axis=(0, 1, 2))
