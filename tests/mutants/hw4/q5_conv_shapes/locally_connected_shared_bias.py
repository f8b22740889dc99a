"""One bias per filter shared by all positions (the kernel is per position, the bias too)."""
import math

TARGETS = ["param_counts_hidden", "tables_hidden"]
HINT = (
    "A locally connected layer shares nothing: every output position has its own bias per filter as well as its own"
    " kernel, so the bias count also grows with the number of positions."
)


def locally_connected_params(out_shape, kernel_size, in_channels, filters, use_bias=True):
    kernel = (kernel_size,) * len(out_shape) if isinstance(kernel_size, int) else kernel_size
    return math.prod(out_shape) * math.prod(kernel) * in_channels * filters + (filters if use_bias else 0)
