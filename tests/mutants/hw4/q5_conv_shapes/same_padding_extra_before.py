"""The extra zero of an even kernel placed before the input (Keras puts it after)."""
TARGETS = ["same_padding_hidden"]


def same_padding(kernel, dilation=1):
    total = (kernel - 1) * dilation
    return total - total // 2, total // 2
