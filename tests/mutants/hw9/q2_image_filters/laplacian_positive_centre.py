"""A 'Laplacian' with +4 in the centre: its entries sum to 8, so uniform regions do not give 0."""
import numpy as np

TARGETS = ["filters_hidden"]
HINT = (
    "Compare your Laplacian with the table: its entries sum to 0, which is why it gives 0 on a uniform region. "
    "Re-check the sign of its centre."
)


def make_filter(name, n=9):
    kernels = {
        "sobel_x": [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
        "sobel_y": [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
        "laplacian": [[0, 1, 0], [1, 4, 1], [0, 1, 0]],
    }
    if name == "blur":
        if not n > 0:
            raise ValueError("n must be positive")
        return np.ones((3, 3), dtype=np.float32) / np.float32(n)
    if name not in kernels:
        raise ValueError(f"unknown filter {name!r}")
    return np.array(kernels[name], dtype=np.float32)
