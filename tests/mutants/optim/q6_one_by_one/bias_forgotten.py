"""The bias is never added."""
import numpy as np

TARGETS = ["conv1x1_hidden"]
HINT = "A Conv2D with use_bias=True adds bias[o] to every output of channel o."


def conv1x1(x, kernel, bias):
    x, kernel = np.asarray(x), np.asarray(kernel)
    if kernel.shape[:2] != (1, 1) or kernel.shape[2] != x.shape[-1]:
        raise ValueError("kernel does not fit")
    return np.einsum("...i,io->...o", x, kernel[0, 0])
