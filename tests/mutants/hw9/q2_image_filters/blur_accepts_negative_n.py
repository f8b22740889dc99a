"""Only n == 0 is refused: a negative denominator silently inverts the image."""
import numpy as np

TARGETS = ["blur_hidden"]
HINT = "The blur's denominator n must be positive: a negative n must raise ValueError too, not only 0."


def make_filter(name, n=9):
    kernels = {
        "sobel_x": [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
        "sobel_y": [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
        "laplacian": [[0, 1, 0], [1, -4, 1], [0, 1, 0]],
    }
    if name == "blur":
        if n == 0:
            raise ValueError("n must not be 0")
        return np.ones((3, 3), dtype=np.float32) / np.float32(n)
    if name not in kernels:
        raise ValueError(f"unknown filter {name!r}")
    return np.array(kernels[name], dtype=np.float32)
