"""layer_table without the input row, and a total that counts activations instead of parameters."""
import math

import pandas as pd

TARGETS = ["tables_hidden"]
HINT = (
    "layer_table must start with an 'input' row (the input shape, 0 parameters), and its 'total' row must sum the "
    "params column, not the output sizes."
)


def layer_table(input_shape, layers):
    shape = tuple(input_shape)
    rows = []
    for index, spec in enumerate(layers, start=1):
        kind = spec["type"]
        spatial, channels = shape[:-1], shape[-1]
        rank = len(spatial)
        as_tuple = lambda v: (v,) * rank if isinstance(v, int) else tuple(v)
        params = 0
        if kind in ("conv", "separable_conv", "locally_connected"):
            kernel, stride, dilation = as_tuple(spec["kernel"]), as_tuple(spec.get("stride", 1)), as_tuple(spec.get("dilation", 1))
            out = tuple(conv_output_length(n, k, s, spec.get("padding", "valid"), d) for n, k, s, d in zip(spatial, kernel, stride, dilation))
            if kind == "conv":
                params = conv_params(kernel, channels, spec["filters"], spec.get("use_bias", True))
            elif kind == "separable_conv":
                params = depthwise_separable_params(kernel, channels, spec["filters"], spec.get("depth_multiplier", 1))
            else:
                params = locally_connected_params(out, kernel, channels, spec["filters"])
            shape = out + (spec["filters"],)
        elif kind == "maxpool":
            pool = as_tuple(spec["pool"])
            stride = pool if spec.get("stride") is None else as_tuple(spec["stride"])
            shape = tuple(pool_output_length(n, p, s, spec.get("padding", "valid")) for n, p, s in zip(spatial, pool, stride)) + (channels,)
        elif kind == "flatten":
            shape = (math.prod(shape),)
        else:
            params = dense_params(channels, spec["units"], spec.get("use_bias", True))
            shape = shape[:-1] + (spec["units"],)
        rows.append((f"{index} {kind}", shape, math.prod(shape), params))
    rows.append(("total", None, None, sum(row[2] for row in rows)))
    return pd.DataFrame(rows, columns=["layer", "output_shape", "output_size", "params"])
