"""scipy.ndimage.convolve instead of correlate: the kernel is flipped."""
import numpy as np
import scipy.ndimage

TARGETS = ["correlate_filter_hidden"]


def correlate_filter(image, kernel):
    image = np.asarray(image, dtype=np.float32)
    kernel = np.asarray(kernel, dtype=np.float32)
    return scipy.ndimage.convolve(image, kernel, mode="constant", cval=0.0)
