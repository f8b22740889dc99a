"""The extra zero of an even kernel placed before the input (Keras puts it after)."""
TARGETS = ["same_padding_hidden"]
HINT = (
    "For an even effective kernel the extra zero of 'same' padding goes after the input (right or bottom), as Keras"
    " places it, not before."
)


def same_padding(kernel, dilation=1):
    total = (kernel - 1) * dilation
    return total - total // 2, total // 2
