"""The homework's overlay: the 7x7 map returned as it is, never upsampled."""
import numpy as np

TARGETS = ["upsample_hidden"]


def upsample_heatmap(h, size=(28, 28)):
    return np.asarray(h, dtype=np.float32)
