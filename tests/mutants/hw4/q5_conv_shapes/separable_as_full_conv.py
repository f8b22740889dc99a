"""A separable convolution counted like a full convolution with a 1x1 convolution after it."""
import math

TARGETS = ["param_counts_hidden"]
HINT = (
    "The depthwise step convolves each input channel on its own with depth_multiplier kernels (no mixing), so its "
    "kernels are not in_channels deep; only the 1x1 step mixes channels."
)


def depthwise_separable_params(kernel_size, in_channels, filters, depth_multiplier=1, use_bias=True):
    taps = math.prod((kernel_size,) if isinstance(kernel_size, int) else kernel_size)
    depthwise = taps * in_channels * in_channels * depth_multiplier
    return depthwise + in_channels * depth_multiplier * filters + (filters if use_bias else 0)
