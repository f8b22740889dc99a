"""The 2-D formula reused for Conv1D: kernel_size squared."""
TARGETS = ["conv1d_hidden", "claim_hidden"]


def conv1d_params(kernel_size, in_channels, filters, use_bias=True):
    return kernel_size * kernel_size * in_channels * filters + (filters if use_bias else 0)
