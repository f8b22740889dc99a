"""A true convolution (the kernel rotated by 180 degrees), not the cross-correlation Conv2D computes."""
import numpy as np

TARGETS = ["conv_forward_hidden"]
HINT = "Keras's Conv2D does not flip the kernel: out[i, j] sums x[i + a, j + d] * w[a, d]."


def conv_forward(x, w, b):
    x, w, b = (np.asarray(a, dtype=float) for a in (x, w, b))
    kh, kw, c_in, c_out = w.shape
    if kh % 2 == 0 or kw % 2 == 0:
        raise ValueError("odd kernels only")
    if x.shape[3] != c_in:
        raise ValueError("channels")
    n, h, wd, _ = x.shape
    xp = np.pad(x, ((0, 0), (kh // 2, kh // 2), (kw // 2, kw // 2), (0, 0)))
    out = np.zeros((n, h, wd, c_out))
    for a in range(kh):
        for d in range(kw):
            out += xp[:, a:a + h, d:d + wd, :] @ w[kh - 1 - a, kw - 1 - d]
    return out + b
