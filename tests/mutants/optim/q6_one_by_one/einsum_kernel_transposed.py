"""einsum over the kernel's wrong axis: (C_out, C_in) read as (C_in, C_out) on a square kernel, refused otherwise."""
import numpy as np

TARGETS = ["conv1x1_hidden"]
HINT = "kernel[0, 0] has shape (C_in, C_out): sum over its first axis against the channels of x."


def conv1x1(x, kernel, bias):
    x, kernel = np.asarray(x), np.asarray(kernel)
    if kernel.shape[:2] != (1, 1):
        raise ValueError("not 1x1")
    return np.einsum("...i,oi->...o", x, kernel[0, 0]) + bias
