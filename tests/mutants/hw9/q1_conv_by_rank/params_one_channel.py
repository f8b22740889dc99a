"""A filter with one weight per kernel position, forgetting the input channels."""
TARGETS = ["conv_params_hidden"]
HINT = (
    "Each filter spans every input channel: it has one weight per kernel position and per input channel, so "
    "in_channels belongs in the count."
)


def conv_params(rank, kernel_size, in_channels, filters, use_bias=True):
    return kernel_size ** rank * filters + (filters if use_bias else 0)
