"""Every kernel taken as k x k, also in Conv1D and Conv3D."""
TARGETS = ["conv_params_hidden"]


def conv_params(rank, kernel_size, in_channels, filters, use_bias=True):
    return kernel_size ** 2 * in_channels * filters + (filters if use_bias else 0)
