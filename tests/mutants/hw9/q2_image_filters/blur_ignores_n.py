"""The blur is always ones / 9, whatever n is."""
import numpy as np

TARGETS = ["blur_hidden"]
HINT = (
    "The box blur depends on its denominator: make_filter('blur', n) divides the ones by the n it is given, not "
    "always by 9."
)


def make_filter(name, n=9):
    kernels = {
        "sobel_x": [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
        "sobel_y": [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
        "laplacian": [[0, 1, 0], [1, -4, 1], [0, 1, 0]],
    }
    if name == "blur":
        if not n > 0:
            raise ValueError("n must be positive")
        return np.ones((3, 3), dtype=np.float32) / 9
    if name not in kernels:
        raise ValueError(f"unknown filter {name!r}")
    return np.array(kernels[name], dtype=np.float32)
