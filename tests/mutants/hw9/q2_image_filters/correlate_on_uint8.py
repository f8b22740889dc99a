"""The report's route: the image as 8 bits (0-255) and the result kept as 8 bits, so negatives clip to 0."""
import numpy as np
import scipy.ndimage

TARGETS = ["correlate_filter_hidden"]
HINT = (
    "correlate_filter returns the float32 cross-correlation with its negative values: do not clip or convert it "
    "to the 8-bit range 0 to 255."
)


def correlate_filter(image, kernel):
    image = np.asarray(image, dtype=np.float32)
    kernel = np.asarray(kernel, dtype=np.float32)
    out = scipy.ndimage.correlate(image, kernel, mode="constant", cval=0.0)
    return np.clip(out, 0, 255).astype(np.float32)
