"""Correct, written differently: kernels from outer products, a NumPy-only correlation, answers as a tuple."""
import numpy as np

TRUE_FALSE = (np.True_, np.True_, np.False_, np.False_, np.True_)


def make_filter(name, n=9):
    smooth, diff = np.array([1.0, 2.0, 1.0]), np.array([-1.0, 0.0, 1.0])
    if name == "sobel_x":
        return np.outer(smooth, diff).astype("float32")
    if name == "sobel_y":
        return np.outer(diff, smooth).astype("float32")
    if name == "laplacian":
        k = np.zeros((3, 3), "float32")
        k[1, :] += [1, -2, 1]
        k[:, 1] += [1, -2, 1]
        return k
    if name == "blur" and n > 0:
        return np.full((3, 3), 1.0 / n, dtype="float32")
    raise ValueError(f"no filter {name!r} with n={n!r}")


def correlate_filter(image, kernel):
    image = np.asarray(image, "float32")
    padded = np.pad(image, 1, mode="constant")
    h, w = image.shape
    out = np.zeros((h, w), "float32")
    for a in range(3):
        for b in range(3):
            out += kernel[a][b] * padded[a:a + h, b:b + w]
    return out


def blur_gain(n):
    return float(np.sum(np.ones((3, 3)) / n))
