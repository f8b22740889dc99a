"""The report's grid (seed 002, Q6.f): plt.subplot(4, 4, i + 1) on the figure that holds subplot(1, 2, 1)."""
import matplotlib.pyplot as plt

TARGETS = ["plot_hidden"]
HINT = "subplot(4, 4, 1) lands on top of subplot(1, 2, 1): lay the image and the maps out in one grid."


def plot_input_and_maps(image, maps, cols=4):
    fig = plt.figure(figsize=(12, 6))
    plt.subplot(1, 2, 1)
    plt.imshow(image)
    for i in range(maps.shape[-1]):
        plt.subplot(cols, cols, i + 1)
        plt.imshow(maps[:, :, i])
        plt.title(f"map {i}")
    return fig
