"""scipy.ndimage.correlate with its default border rule (reflect), not zero padding: the border pixels differ."""
import numpy as np
import scipy.ndimage

TARGETS = ["correlate_filter_hidden"]
HINT = (
    "scipy.ndimage.correlate reflects the image at the borders by default; the task asks for zero padding, which "
    "you choose with its mode argument."
)


def correlate_filter(image, kernel):
    image = np.asarray(image, dtype=np.float32)
    kernel = np.asarray(kernel, dtype=np.float32)
    return scipy.ndimage.correlate(image, kernel)
