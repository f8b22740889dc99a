"""maps[i] instead of maps[:, :, i]: rows of the array, not channels."""
import math

import matplotlib.pyplot as plt

TARGETS = ["plot_hidden"]
HINT = "The channels are the last axis: map i is maps[:, :, i]."


def plot_input_and_maps(image, maps, cols=4):
    count = maps.shape[-1]
    rows = 1 + math.ceil(count / cols)
    fig, axes = plt.subplots(rows, cols, squeeze=False)
    axes[0, 0].imshow(image)
    for i in range(count):
        ax = axes[1 + i // cols, i % cols]
        ax.imshow(maps[i])
        ax.set_title(f"map {i}")
    return fig
