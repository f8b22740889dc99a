"""scipy.ndimage.convolve instead of correlate: the kernel is flipped."""
import numpy as np
import scipy.ndimage

TARGETS = ["correlate_filter_hidden"]
HINT = "scipy.ndimage.convolve flips the kernel; correlate_filter must compute a cross-correlation, as Conv2D does."


def correlate_filter(image, kernel):
    image = np.asarray(image, dtype=np.float32)
    kernel = np.asarray(kernel, dtype=np.float32)
    return scipy.ndimage.convolve(image, kernel, mode="constant", cval=0.0)
