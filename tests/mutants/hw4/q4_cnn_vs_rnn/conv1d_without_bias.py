"""Conv1D without the bias, whatever use_bias says."""
TARGETS = ["conv1d_hidden"]


def conv1d_params(kernel_size, in_channels, filters, use_bias=True):
    return kernel_size * in_channels * filters
