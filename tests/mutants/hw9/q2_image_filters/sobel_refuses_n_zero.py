"""make_filter checks n before it looks at the name, so make_filter("sobel_x", 0) raises instead of ignoring n."""
import numpy as np

TARGETS = ["filters_hidden"]
HINT = (
    "n belongs to the blur only: the Sobel and Laplacian kernels ignore it, whatever its value, so check that n is "
    "positive only when name is 'blur'."
)
HIDDEN_ONLY = "the visible checks call the Sobel and Laplacian kernels with the default n only"


def make_filter(name, n=9):
    if not n > 0:
        raise ValueError(f"n must be positive; got {n!r}")
    kernels = {
        "sobel_x": [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
        "sobel_y": [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
        "laplacian": [[0, 1, 0], [1, -4, 1], [0, 1, 0]],
    }
    if name == "blur":
        return np.ones((3, 3), dtype=np.float32) / np.float32(n)
    if name not in kernels:
        raise ValueError(f"unknown filter {name!r}")
    return np.array(kernels[name], dtype=np.float32)
