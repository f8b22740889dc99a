"""conv_params that knows an int and tuples of 2 or 3 ints, not a tuple of one (found by review: the hidden tests
passed every 1-D kernel as an int;
the visible tables check stops on CONV1D_NET, inside conv_params)."""
TARGETS = ["param_counts_hidden", "tables_hidden"]
HINT = (
    "conv_params must take kernel_size as an int or as a tuple of 1, 2 or 3 ints: multiply however many sizes the "
    "tuple holds (a tuple of one is a 1-D kernel), rather than indexing a fixed number of axes."
)


def conv_params(kernel_size, in_channels, filters, use_bias=True):
    if isinstance(kernel_size, int):
        taps = kernel_size
    elif len(kernel_size) == 3:
        taps = kernel_size[0] * kernel_size[1] * kernel_size[2]
    else:
        taps = kernel_size[0] * kernel_size[1]
    return taps * in_channels * filters + (filters if use_bias else 0)
