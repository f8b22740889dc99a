"""No check of the kernel: a larger kernel's top-left tap is used as if it were 1x1, extra channels dropped."""
import numpy as np

TARGETS = ["conv1x1_hidden"]
HINT = "Refuse a kernel that is not (1, 1, C_in, C_out), or whose C_in differs from x's channels."


def conv1x1(x, kernel, bias):
    x, kernel = np.asarray(x), np.asarray(kernel)
    return np.einsum("...i,io->...o", x[..., :kernel.shape[2]], kernel[0, 0]) + bias
