"""use_bias ignored: a bias per filter is always counted."""
TARGETS = ["conv_params_hidden"]
HINT = "Biases exist only when use_bias is True: with use_bias=False a layer has kernel weights and nothing else."


def conv_params(rank, kernel_size, in_channels, filters, use_bias=True):
    return kernel_size ** rank * in_channels * filters + filters
