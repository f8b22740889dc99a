"""Two 3x3 layers 'see 6': the kernel sizes added up, overlaps counted twice."""
TARGETS = ["receptive_field_hidden"]
HINT = (
    "The windows of neighbouring outputs overlap, so each extra stride-1 layer widens the receptive field by "
    "less than a whole kernel size."
)


def receptive_field(num_layers, kernel_size):
    return num_layers * kernel_size
