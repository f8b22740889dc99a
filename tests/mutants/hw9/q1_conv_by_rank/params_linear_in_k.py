"""Parameters that grow linearly with the kernel's side."""
TARGETS = ["conv_params_hidden"]
HINT = (
    "A kernel has one weight per position of its window, and the window has kernel_size positions along each of "
    "its rank axes: the count does not grow linearly with the side."
)


def conv_params(rank, kernel_size, in_channels, filters, use_bias=True):
    return kernel_size * rank * in_channels * filters + (filters if use_bias else 0)
