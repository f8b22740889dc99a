"""Sobel-x and Sobel-y exchanged (x taken as the row index)."""
import numpy as np

TARGETS = ["filters_hidden"]
HINT = (
    "x runs along the columns (to the right) and y along the rows (downwards): Sobel-x differs between its first "
    "and third columns, Sobel-y between its rows."
)


def make_filter(name, n=9):
    kernels = {
        "sobel_y": [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
        "sobel_x": [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
        "laplacian": [[0, 1, 0], [1, -4, 1], [0, 1, 0]],
    }
    if name == "blur":
        if not n > 0:
            raise ValueError("n must be positive")
        return np.ones((3, 3), dtype=np.float32) / np.float32(n)
    if name not in kernels:
        raise ValueError(f"unknown filter {name!r}")
    return np.array(kernels[name], dtype=np.float32)
