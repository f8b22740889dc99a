"""No ValueError for an even kernel: it is padded off-centre. (A channel mismatch still fails, in matmul.)"""
import numpy as np

TARGETS = ["conv_forward_hidden"]
HINT = "Check that the kernel's height and width are odd before computing: 'same' padding cannot centre an even kernel."


def conv_forward(x, w, b):
    x, w, b = (np.asarray(a, dtype=float) for a in (x, w, b))
    kh, kw, c_in, c_out = w.shape
    n, h, wd, _ = x.shape
    xp = np.pad(x, ((0, 0), (kh // 2, kh // 2), (kw // 2, kw // 2), (0, 0)))
    out = np.zeros((n, h, wd, c_out))
    for a in range(kh):
        for d in range(kw):
            out += xp[:, a:a + h, d:d + wd, :] @ w[a, d]
    return out + b
