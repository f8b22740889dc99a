"""A filter with one weight per kernel position, forgetting the input channels."""
TARGETS = ["conv_params_hidden"]


def conv_params(rank, kernel_size, in_channels, filters, use_bias=True):
    return kernel_size ** rank * filters + (filters if use_bias else 0)
