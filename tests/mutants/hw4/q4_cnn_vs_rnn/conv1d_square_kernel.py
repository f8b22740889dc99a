"""The 2-D formula reused for Conv1D: kernel_size squared."""
TARGETS = ["conv1d_hidden", "claim_hidden"]
HINT = (
    "A Conv1D kernel is one-dimensional: each filter holds kernel_size x in_channels weights, not the squared "
    "kernel size of a Conv2D."
)


def conv1d_params(kernel_size, in_channels, filters, use_bias=True):
    return kernel_size * kernel_size * in_channels * filters + (filters if use_bias else 0)
