"""The report's convolution: the loops start at the padding offset (every output shifted by 2 pixels, the last two rows and columns 0), no bias, and it returns inside the loop over filters (only filter 0)."""
import numpy as np

TARGETS = ["conv_forward_hidden", "network_hidden"]
HINT = 'Start the window at 0 in the padded image, add the bias, and return after the loop over filters, not inside it.'


def conv_forward(x, w, b):
    x, w = np.asarray(x, dtype=float), np.asarray(w, dtype=float)
    kh, kw, c_in, c_out = w.shape
    if kh % 2 == 0 or kw % 2 == 0:
        raise ValueError("odd kernels only")
    if x.shape[3] != c_in:
        raise ValueError("channels")
    n, h, wd, _ = x.shape
    ph, pw = kh // 2, kw // 2
    xp = np.pad(x, ((0, 0), (ph, ph), (pw, pw), (0, 0)))
    full = np.zeros((n, h, wd))
    for a in range(kh):
        for d in range(kw):
            full += xp[:, a:a + h, d:d + wd, :] @ w[a, d, :, 0]
    out = np.zeros((n, h, wd, c_out))
    out[:, :h - ph, :wd - pw, 0] = full[:, ph:, pw:]
    return out
