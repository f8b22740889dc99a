"""Two 3x3 layers 'see 6': the kernel sizes added up, overlaps counted twice."""
TARGETS = ["receptive_field_hidden"]


def receptive_field(num_layers, kernel_size):
    return num_layers * kernel_size
