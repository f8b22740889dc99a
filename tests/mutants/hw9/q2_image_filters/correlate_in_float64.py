"""correlate_filter converts the image to float64 for SciPy and returns SciPy's float64 result as it is."""
import numpy as np
import scipy.ndimage

TARGETS = ["correlate_filter_hidden"]
HINT = (
    "correlate_filter must return a float32 array, like keras_filter: scipy.ndimage.correlate returns the dtype of "
    "its input, so a float64 image gives a float64 result; convert the image (or the result) to float32."
)
HIDDEN_ONLY = "the visible checks compare values and shapes, never the dtype"


def correlate_filter(image, kernel):
    return scipy.ndimage.correlate(np.asarray(image, dtype=float), np.asarray(kernel, dtype=float), mode="constant", cval=0.0)
