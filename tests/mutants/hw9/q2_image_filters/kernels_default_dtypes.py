"""make_filter builds its kernels with NumPy's default dtypes: int64 for the Sobel and Laplacian lists, float64
for the blur. The values are right; the dtype the text asks for is not."""
import numpy as np

TARGETS = ["filters_hidden", "blur_hidden"]
HINT = (
    "make_filter must return float32 arrays: np.array of a list of ints gives int64 and np.ones gives float64, so "
    "pass dtype=np.float32 (Keras's weights are float32, and an integer kernel breaks divisions such as the blur's)."
)
HIDDEN_ONLY = "the visible checks compare values and shapes, never the dtype"


def make_filter(name, n=9):
    kernels = {
        "sobel_x": [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
        "sobel_y": [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
        "laplacian": [[0, 1, 0], [1, -4, 1], [0, 1, 0]],
    }
    if name == "blur":
        if not n > 0:
            raise ValueError("n must be positive")
        return np.ones((3, 3)) / n
    if name not in kernels:
        raise ValueError(f"unknown filter {name!r}")
    return np.array(kernels[name])
