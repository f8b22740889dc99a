"""The window's area instead of its side: 25 for two 3x3 layers."""
TARGETS = ["receptive_field_hidden"]
HINT = "receptive_field returns the side of the input window, not its area: one layer of 3 sees a window of side 3."


def receptive_field(num_layers, kernel_size):
    return (1 + num_layers * (kernel_size - 1)) ** 2
