"""Parameters that grow linearly with the kernel's side."""
TARGETS = ["conv_params_hidden"]


def conv_params(rank, kernel_size, in_channels, filters, use_bias=True):
    return kernel_size * rank * in_channels * filters + (filters if use_bias else 0)
