"""Drops the partial windows: a 7x7 map pools to 3x3, as MaxPooling2D's default padding="valid" does."""
import numpy as np

TARGETS = ["maxpool_hidden"]
HINT = "The text asks for ceil(H / ph): the last, partial window counts (the report's 7x7 pools to 4x4)."


def maxpool_forward(x, pool=(2, 2)):
    x = np.asarray(x, dtype=float)
    ph, pw = pool
    n, h, w, c = x.shape
    ho, wo = h // ph, w // pw
    return x[:, :ho * ph, :wo * pw].reshape(n, ho, ph, wo, pw, c).max(axis=(2, 4))
