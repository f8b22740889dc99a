"""np.resize to the new size: the right shape, but it repeats the flattened map instead of stretching it."""
import numpy as np

TARGETS = ["upsample_hidden"]
HINT = (
    "np.resize repeats or cuts the flattened values instead of stretching the map; use an interpolating resize "
    "(bilinear or nearest-neighbour) over the two spatial axes."
)


def upsample_heatmap(h, size=(28, 28)):
    h = np.asarray(h, dtype=np.float32)
    return np.resize(h, h.shape[:-2] + tuple(size))
