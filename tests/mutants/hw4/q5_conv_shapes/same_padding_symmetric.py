"""(k - 1) // 2 on both sides: right for odd kernels, one zero short for even ones."""
TARGETS = ["same_padding_hidden"]
HINT = (
    "Equal halves only work for odd kernels: the zeros before and after must add up to k_eff - 1 in all, so an even"
    " effective kernel needs one extra zero (Keras puts it after)."
)


def same_padding(kernel, dilation=1):
    half = (kernel - 1) * dilation // 2
    return half, half
