"""Accepts any capitalisation and unknown names fall back to the blur: 'gaussian' quietly blurs."""
import numpy as np

TARGETS = ["filters_hidden"]
HINT = (
    "make_filter accepts only the four lower-case names of the table; any other name, another capitalisation "
    "included, must raise ValueError rather than fall back to a filter."
)


def make_filter(name, n=9):
    kernels = {
        "sobel_x": [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
        "sobel_y": [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
        "laplacian": [[0, 1, 0], [1, -4, 1], [0, 1, 0]],
    }
    name = str(name).lower()
    if name in kernels:
        return np.array(kernels[name], dtype=np.float32)
    if not n > 0:
        raise ValueError("n must be positive")
    return np.ones((3, 3), dtype=np.float32) / np.float32(n)
