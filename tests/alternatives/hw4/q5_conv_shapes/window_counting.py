"""Correct, written differently: lengths by counting window positions, numpy products, own error wording."""
import math

import numpy as np


def conv_output_length(n, kernel, stride=1, padding="valid", dilation=1):
    if not (n >= 1 and kernel >= 1 and stride >= 1 and dilation >= 1):
        raise ValueError(f"sizes must be positive: n={n}, kernel={kernel}, stride={stride}, dilation={dilation}")
    if padding == "same":
        return math.ceil(n / stride)
    pad = {"valid": 0}.get(padding, padding)
    if not isinstance(pad, int) or pad < 0:
        raise ValueError(f"cannot use padding {padding!r}")
    span = dilation * (kernel - 1) + 1
    starts = range(0, n + 2 * pad - span + 1, stride)
    if len(starts) == 0:
        raise ValueError(f"a window spanning {span} inputs does not fit in {n} + 2*{pad}")
    return len(starts)


def pool_output_length(n, pool, stride=None, padding="valid"):
    if padding not in ("valid", "same"):
        raise ValueError(f"cannot use padding {padding!r} for pooling")
    step = pool if stride is None else stride
    if step < 1 or pool < 1 or n < 1:
        raise ValueError(f"sizes must be positive: n={n}, pool={pool}, stride={stride}")
    if padding == "same":
        return math.ceil(n / step)
    if pool > n:
        raise ValueError(f"pool {pool} is wider than the input {n}")
    return len(range(0, n - pool + 1, step))


def same_padding(kernel, dilation=1):
    before, extra = divmod(dilation * (kernel - 1), 2)
    return (before, before + extra)


def conv_params(kernel_size, in_channels, filters, use_bias=True):
    return int(np.prod(np.atleast_1d(kernel_size))) * in_channels * filters + int(use_bias) * filters


def dense_params(n_in, units, use_bias=True):
    return (n_in + int(use_bias)) * units


def locally_connected_params(out_shape, kernel_size, in_channels, filters, use_bias=True):
    kernel = np.broadcast_to(np.atleast_1d(kernel_size), (len(out_shape),))
    per_position = (int(np.prod(kernel)) * in_channels + int(use_bias)) * filters
    return int(np.prod(out_shape)) * per_position


def depthwise_separable_params(kernel_size, in_channels, filters, depth_multiplier=1, use_bias=True):
    taps = int(np.prod(np.atleast_1d(kernel_size)))
    return in_channels * depth_multiplier * (taps + filters) + int(use_bias) * filters
