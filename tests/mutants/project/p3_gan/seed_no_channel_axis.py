"""The report's loader: (x - 127.5) / 127.5 without expand_dims, so the images have no channel axis."""
import numpy as np

TARGETS = ["scale_hidden"]
HINT = 'Add the channel axis: (N, 28, 28) -> (N, 28, 28, 1), e.g. with x[..., None].'


def scale_images(images):
    x = np.asarray(images, dtype=np.float32)
    return (x - 127.5) / 127.5
