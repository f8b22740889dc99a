"""The report's input display (seed 002, Q6.f): imshow(image.astype('uint8')) on values in [0, 1) shows all black."""
import math

import matplotlib.pyplot as plt

TARGETS = ["plot_hidden"]
HINT = "Casting floats in [0, 1) to uint8 truncates every pixel to 0: show the float image as it is."


def plot_input_and_maps(image, maps, cols=4):
    count = maps.shape[-1]
    rows = 1 + math.ceil(count / cols)
    fig, axes = plt.subplots(rows, cols, figsize=(2.2 * cols, 2.2 * rows), squeeze=False)
    axes[0, 0].imshow(image.astype("uint8"))
    for i in range(count):
        ax = axes[1 + i // cols, i % cols]
        ax.imshow(maps[:, :, i])
        ax.set_title(f"map {i}")
    return fig
