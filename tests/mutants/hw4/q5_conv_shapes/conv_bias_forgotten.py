"""Convolution parameters without the bias, whatever use_bias says."""
import math

TARGETS = ["param_counts_hidden", "tables_hidden"]
HINT = (
    "A convolution also holds one bias per filter when use_bias is True; conv_params must add those biases and "
    "leave them out only when use_bias is False."
)


def conv_params(kernel_size, in_channels, filters, use_bias=True):
    taps = math.prod((kernel_size,) if isinstance(kernel_size, int) else kernel_size)
    return taps * in_channels * filters
