"""The report's convolution never adds its bias (the biases are still "trained")."""
import numpy as np

TARGETS = ["conv_forward_hidden"]
HINT = 'out[..., c] gets b[c] added: Conv2D has use_bias=True by default.'


def conv_forward(x, w, b):
    x, w = np.asarray(x, dtype=float), np.asarray(w, dtype=float)
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
            out += xp[:, a:a + h, d:d + wd, :] @ w[a, d]
    return out
