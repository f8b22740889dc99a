"""The report's maxpool: pads with zeros (wrong for negative inputs) and never fills the last, partial window (a 7x7 map's last row and column stay 0)."""
import numpy as np

TARGETS = ["maxpool_hidden"]
HINT = 'Pad with -inf (or take the maximum of the entries a partial window has), and fill every output position.'


def maxpool_forward(x, pool=(2, 2)):
    x = np.asarray(x, dtype=float)
    ph, pw = pool
    n, h, w, c = x.shape
    ho, wo = -(-h // ph), -(-w // pw)
    xp = np.pad(x, ((0, 0), (0, ho * ph - h), (0, wo * pw - w), (0, 0)))
    out = xp.reshape(n, ho, ph, wo, pw, c).max(axis=(2, 4))
    if h % ph:
        out[:, -1] = 0.0
    if w % pw:
        out[:, :, -1] = 0.0
    return out
