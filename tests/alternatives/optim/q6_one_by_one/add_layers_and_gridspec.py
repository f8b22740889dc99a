"""Correct, written differently: einsum on a flattened pixel list, Sequential built with add(), costs as
named sums, a figure laid out with GridSpec and only as many axes as images."""
import keras
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.gridspec import GridSpec


def conv1x1(x, kernel, bias):
    x = np.asarray(x, dtype=np.float32)
    kernel = np.asarray(kernel, dtype=np.float32)
    if kernel.ndim != 4 or kernel.shape[0] != 1 or kernel.shape[1] != 1 or kernel.shape[2] != x.shape[-1]:
        raise ValueError(f"kernel {kernel.shape} is not a 1x1 kernel for {x.shape[-1]} channels")
    pixels = x.reshape(-1, x.shape[-1])
    out = np.einsum("pc,cd->pd", pixels, kernel.reshape(kernel.shape[2], kernel.shape[3])) + np.asarray(bias, np.float32)
    return out.reshape(*x.shape[:-1], kernel.shape[3])


def build_one_by_one(input_shape, filters):
    model = keras.Sequential()
    model.add(keras.Input(shape=tuple(input_shape)))
    model.add(keras.layers.Conv2D(filters=filters, kernel_size=(1, 1), strides=1, padding="valid", activation=None))
    return model


def conv_cost(h, w, c_in, c_out, k):
    weights = k * k * c_in * c_out
    biases = c_out
    outputs = h * w * c_out
    return int(weights + biases), int(outputs * k * k * c_in)


def bottleneck_cost(h, w, c_in, c_mid, c_out, k):
    first, second = conv_cost(h, w, c_in, c_mid, 1), conv_cost(h, w, c_mid, c_out, k)
    return first[0] + second[0], first[1] + second[1]


def plot_input_and_maps(image, maps, cols=4):
    n = maps.shape[2]
    rows = (n + cols - 1) // cols
    fig = plt.figure(figsize=(2 * cols, 2 * (rows + 1)))
    grid = GridSpec(rows + 1, cols, figure=fig)
    top = fig.add_subplot(grid[0, :])
    top.imshow(image, interpolation="nearest")
    top.set_axis_off()
    for i in range(n):
        ax = fig.add_subplot(grid[1 + i // cols, i % cols])
        ax.imshow(maps[..., i], cmap="gray")
        ax.set_title("map %d" % i, fontsize=8)
        ax.set_axis_off()
    return fig
