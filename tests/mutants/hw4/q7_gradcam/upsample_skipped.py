"""The homework's overlay: the 7x7 map returned as it is, never upsampled."""
import numpy as np

TARGETS = ["upsample_hidden"]
HINT = (
    "upsample_heatmap must resize the map to the requested size, for one map or a batch; drawn unchanged, a 7x7 map"
    " covers only a corner of the digit."
)


def upsample_heatmap(h, size=(28, 28)):
    return np.asarray(h, dtype=np.float32)
