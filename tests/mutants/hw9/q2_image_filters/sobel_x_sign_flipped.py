"""Sobel-x with the opposite sign (first column +4, third -4): dark-to-bright edges come out negative."""
import numpy as np

TARGETS = ["filters_hidden"]
HINT = (
    "Sobel-x must be positive where brightness grows to the right: re-check which of its columns carries the "
    "negative weights."
)


def make_filter(name, n=9):
    kernels = {
        "sobel_x": [[1, 0, -1], [2, 0, -2], [1, 0, -1]],
        "sobel_y": [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
        "laplacian": [[0, 1, 0], [1, -4, 1], [0, 1, 0]],
    }
    if name == "blur":
        if not n > 0:
            raise ValueError("n must be positive")
        return np.ones((3, 3), dtype=np.float32) / np.float32(n)
    if name not in kernels:
        raise ValueError(f"unknown filter {name!r}")
    return np.array(kernels[name], dtype=np.float32)
