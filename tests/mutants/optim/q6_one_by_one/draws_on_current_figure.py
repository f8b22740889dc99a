"""The grid drawn on plt.gcf(): the second call adds its axes to the first call's figure."""
import math

import matplotlib.pyplot as plt

TARGETS = ["plot_hidden"]
HINT = "plt.gcf() is whatever figure is current: make a new one with plt.figure() or plt.subplots()."


def plot_input_and_maps(image, maps, cols=4):
    fig = plt.gcf()
    count = maps.shape[-1]
    rows = 1 + math.ceil(count / cols)
    fig.add_subplot(rows, cols, 1).imshow(image)
    for i in range(count):
        ax = fig.add_subplot(rows, cols, cols + i + 1)
        ax.imshow(maps[:, :, i])
        ax.set_title(f"map {i}")
    return fig
