"""Pads kh // 2 on both axes: right for square kernels, wrong for 3x1 or 1x3 ones."""
import numpy as np

TARGETS = ["conv_forward_hidden"]
HINT = 'Pad kh // 2 rows and kw // 2 columns: the text network of Part 4 uses 3x1 kernels.'


def conv_forward(x, w, b):
    x, w, b = (np.asarray(a, dtype=float) for a in (x, w, b))
    kh, kw, c_in, c_out = w.shape
    if kh % 2 == 0 or kw % 2 == 0:
        raise ValueError("odd kernels only")
    if x.shape[3] != c_in:
        raise ValueError("channels")
    n, h, wd, _ = x.shape
    p = kh // 2
    xp = np.pad(x, ((0, 0), (p, p), (p, p), (0, 0)))
    out = np.zeros((n, h, wd, c_out))
    for a in range(kh):
        for d in range(kw):
            out += xp[:, a:a + h, d:d + wd, :] @ w[a, d]
    return out + b
