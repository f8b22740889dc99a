"""Always a 4x4 grid of maps below the image, whatever cols and the number of maps."""
import matplotlib.pyplot as plt

TARGETS = ["plot_hidden"]
HINT = "Use cols columns and as many rows as the maps need."


def plot_input_and_maps(image, maps, cols=4):
    fig, axes = plt.subplots(5, 4, squeeze=False)
    axes[0, 0].imshow(image)
    for i in range(maps.shape[-1]):
        ax = axes[1 + i // 4, i % 4]
        ax.imshow(maps[:, :, i])
        ax.set_title(f"map {i}")
    return fig
