"""(k - 1) // 2 on both sides: right for odd kernels, one zero short for even ones."""
TARGETS = ["same_padding_hidden"]


def same_padding(kernel, dilation=1):
    half = (kernel - 1) * dilation // 2
    return half, half
