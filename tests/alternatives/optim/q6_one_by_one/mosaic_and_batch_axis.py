"""Correct, written differently: einsum on a batch axis added and removed, subplot_mosaic, costs from the
1x1 case of conv_cost."""
import keras
import matplotlib.pyplot as plt
import numpy as np


def conv1x1(x, kernel, bias):
    x = np.asarray(x, dtype=float)
    if np.shape(kernel)[:2] != (1, 1):
        raise ValueError("only 1x1 kernels")
    if np.shape(kernel)[2] != x.shape[-1]:
        raise ValueError("channel mismatch")
    single = x.ndim == 3
    batch = x[None] if single else x
    out = np.einsum("nhwc,cd->nhwd", batch, np.asarray(kernel, dtype=float)[0, 0]) + np.asarray(bias, dtype=float)
    return out[0] if single else out


def build_one_by_one(input_shape, filters):
    return keras.Sequential([keras.layers.Input(input_shape), keras.layers.Conv2D(filters, (1, 1), use_bias=True)])


def conv_cost(h, w, c_in, c_out, k):
    return c_out * (c_in * k ** 2 + 1), c_out * c_in * k ** 2 * h * w


def bottleneck_cost(h, w, c_in, c_mid, c_out, k):
    return tuple(a + b for a, b in zip(conv_cost(h, w, c_in, c_mid, 1), conv_cost(h, w, c_mid, c_out, k)))


def plot_input_and_maps(image, maps, cols=4):
    count = maps.shape[-1]
    rows = -(-count // cols)
    layout = [["input"] * cols] + [[f"m{r * cols + c}" if r * cols + c < count else "." for c in range(cols)]
                                   for r in range(rows)]
    fig, axd = plt.subplot_mosaic(layout, figsize=(8, 8), empty_sentinel=".")
    axd["input"].imshow(image)
    for i in range(count):
        axd[f"m{i}"].imshow(maps[:, :, i])
        axd[f"m{i}"].set_title(f"map {i}")
    return fig
