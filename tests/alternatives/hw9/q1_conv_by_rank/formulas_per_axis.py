"""Correct, written differently: math.floor/ceil per axis, lists built up and turned into the tuples the text asks
for at the end, answers as a tuple and a capital letter."""
import math

TRUE_FALSE = (True, True, True, False, False)
MULTIPLE_CHOICE = "C"


def conv_output(rank, sample_shape, filters, kernel_size, strides=1, padding="valid", dilation_rate=1):
    if rank not in {1: 0, 2: 0, 3: 0} or len(sample_shape) - 1 != rank:
        raise ValueError(f"Conv{rank}D cannot take samples of shape {sample_shape}")
    expand = lambda v: list(v) if isinstance(v, (list, tuple)) else [v] * rank  # noqa: E731
    k, s, d = expand(kernel_size), expand(strides), expand(dilation_rate)
    if max(s) > 1 and max(d) > 1:
        raise ValueError("stride and dilation above 1 together")
    out = []
    for axis in range(rank):
        n = sample_shape[axis]
        span = d[axis] * (k[axis] - 1) + 1
        length = math.ceil(n / s[axis]) if padding == "same" else math.floor((n - span) / s[axis]) + 1
        if length <= 0:
            raise ValueError("output would be empty")
        out.append(length)
    return (rank + 2, tuple(out + [filters]))


def receptive_field(num_layers, kernel_size):
    seen = 1
    for _ in range(num_layers):
        seen += kernel_size - 1
    return seen


def conv_params(rank, kernel_size, in_channels, filters, use_bias=True):
    weights_per_filter = in_channels
    for _ in range(rank):
        weights_per_filter *= kernel_size
    return filters * (weights_per_filter + int(use_bias))


def global_pool_shape(sample_shape, keepdims=False):
    return tuple(1 for _ in sample_shape[:-1]) + (sample_shape[-1],) if keepdims else (sample_shape[-1],)
