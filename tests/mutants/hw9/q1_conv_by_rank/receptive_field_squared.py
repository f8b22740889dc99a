"""The window's area instead of its side: 25 for two 3x3 layers."""
TARGETS = ["receptive_field_hidden"]


def receptive_field(num_layers, kernel_size):
    return (1 + num_layers * (kernel_size - 1)) ** 2
