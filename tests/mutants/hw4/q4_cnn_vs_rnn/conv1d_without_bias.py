"""Conv1D without the bias, whatever use_bias says."""
TARGETS = ["conv1d_hidden"]
HINT = "Count one bias per filter when `use_bias` is True (the default), and none when it is False."


def conv1d_params(kernel_size, in_channels, filters, use_bias=True):
    return kernel_size * in_channels * filters
