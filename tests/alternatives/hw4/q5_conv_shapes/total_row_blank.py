"""Correct under another reading of the total row's "empty" shape and size: an empty tuple () for the shape (a
shape with no axes) and an empty string for the size, where the reference leaves both missing (None, <NA>)."""
import math

import pandas as pd


def layer_table(input_shape, layers):
    def per_axis(value, rank):
        return (value,) * rank if isinstance(value, int) else tuple(value)

    shape = tuple(input_shape)
    rows = [["input", shape, math.prod(shape), 0]]
    for index, spec in enumerate(layers, start=1):
        kind = spec["type"]
        spatial, channels = shape[:-1], shape[-1]
        rank = len(spatial)
        params = 0
        if kind in ("conv", "separable_conv", "locally_connected"):
            kernel = per_axis(spec["kernel"], rank)
            stride = per_axis(spec.get("stride", 1), rank)
            dilation = per_axis(spec.get("dilation", 1), rank)
            out = tuple(conv_output_length(n, k, s, spec.get("padding", "valid"), d)
                        for n, k, s, d in zip(spatial, kernel, stride, dilation))
            bias = spec.get("use_bias", True)
            if kind == "conv":
                params = conv_params(kernel, channels, spec["filters"], bias)
            elif kind == "separable_conv":
                params = depthwise_separable_params(kernel, channels, spec["filters"], spec.get("depth_multiplier", 1), bias)
            else:
                params = locally_connected_params(out, kernel, channels, spec["filters"], bias)
            shape = out + (spec["filters"],)
        elif kind == "maxpool":
            pool = per_axis(spec["pool"], rank)
            stride = pool if spec.get("stride") is None else per_axis(spec["stride"], rank)
            shape = tuple(pool_output_length(n, p, s, spec.get("padding", "valid"))
                          for n, p, s in zip(spatial, pool, stride)) + (channels,)
        elif kind == "flatten":
            shape = (math.prod(shape),)
        else:
            params = dense_params(channels, spec["units"], spec.get("use_bias", True))
            shape = shape[:-1] + (spec["units"],)
        rows.append([kind, shape, math.prod(shape), params])
    rows.append(["total", (), "", sum(row[3] for row in rows)])
    return pd.DataFrame(rows, columns=["layer", "output_shape", "output_size", "params"])
