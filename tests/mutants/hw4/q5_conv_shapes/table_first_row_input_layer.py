"""layer_table whose first row is named after Keras's summary, "input_layer", not "input" (found by review: the
hidden tests checked the first row's shape and params, not its name)."""
import math

import pandas as pd

TARGETS = ['tables_hidden']
HINT = (
    'The first row of layer_table must be named "input", as the text says (the input shape, 0 parameters), whatever Keras\'s summary calls it.'
)


def layer_table(input_shape, layers):
    # One row per layer (layer, output_shape, output_size, params), after an "input" row and before a "total" row.
    def per_axis(value, rank):
        return (value,) * rank if isinstance(value, int) else tuple(value)

    shape = tuple(input_shape)
    rows = [("input_layer", shape, math.prod(shape), 0)]
    for index, spec in enumerate(layers, start=1):
        kind = spec["type"]
        spatial, channels = shape[:-1], shape[-1]
        rank = len(spatial)
        if kind in ("conv", "separable_conv", "locally_connected"):
            kernel = per_axis(spec["kernel"], rank)
            stride = per_axis(spec.get("stride", 1), rank)
            dilation = per_axis(spec.get("dilation", 1), rank)
            padding = spec.get("padding", "valid")
            out = tuple(conv_output_length(n, k, s, padding, d) for n, k, s, d in zip(spatial, kernel, stride, dilation))
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
            padding = spec.get("padding", "valid")
            shape = tuple(pool_output_length(n, p, s, padding) for n, p, s in zip(spatial, pool, stride)) + (channels,)
            params = 0
        elif kind == "flatten":
            shape, params = (math.prod(shape),), 0
        elif kind == "dense":
            params = dense_params(channels, spec["units"], spec.get("use_bias", True))
            shape = shape[:-1] + (spec["units"],)
        else:
            raise ValueError(f"unknown layer type {kind!r}")
        rows.append((f"{index} {kind}", shape, math.prod(shape), params))
    rows.append(("total", None, None, sum(row[3] for row in rows)))
    table = pd.DataFrame(rows, columns=["layer", "output_shape", "output_size", "params"])
    return table.astype({"output_size": "Int64"})
