"""Every kernel taken as k x k, also in Conv1D and Conv3D."""
TARGETS = ["conv_params_hidden"]
HINT = (
    "The kernel has as many axes as the layer's rank: a Conv1D kernel is a segment and a Conv3D kernel a cube, "
    "not always a k x k square."
)


def conv_params(rank, kernel_size, in_channels, filters, use_bias=True):
    return kernel_size ** 2 * in_channels * filters + (filters if use_bias else 0)
