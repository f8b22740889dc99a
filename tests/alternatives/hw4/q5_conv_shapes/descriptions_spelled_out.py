"""Correct, written differently: every setting spelled out, tuples for kernels, padding 0 for "valid"; shapes
kept as lists while computing and made tuples in the table (the text asks for a tuple); the total row's shape
and size None (its size NaN in a float column)."""
import pandas as pd

DILATED_STACK = [
    {"type": "conv", "filters": 64, "kernel": (3, 3), "stride": (1, 1), "padding": "same", "dilation": 1, "use_bias": True},
    {"type": "conv", "filters": 32, "kernel": (5, 5), "stride": 1, "padding": 0, "dilation": (2, 2)},
    {"type": "maxpool", "pool": (2, 2), "stride": (2, 2), "padding": "valid"},
    {"type": "conv", "filters": 128, "kernel": (3, 3), "padding": "same"},
    {"type": "conv", "filters": 64, "kernel": (5, 5), "padding": 0, "dilation": (4, 4)},
    {"type": "maxpool", "pool": (2, 2), "stride": 2},
    {"type": "conv", "filters": 256, "kernel": (3, 3), "padding": "same"},
    {"type": "conv", "filters": 128, "kernel": (5, 5), "padding": "valid", "dilation": 8},
    {"type": "maxpool", "pool": 2, "stride": None},
]
CIFAR_NET = [
    {"type": "conv", "filters": 32, "kernel": (3, 3), "padding": "same"},
    {"type": "conv", "filters": 32, "kernel": (3, 3), "padding": "same"},
    {"type": "maxpool", "pool": (2, 2)},
    {"type": "conv", "filters": 64, "kernel": (3, 3), "padding": "same"},
    {"type": "conv", "filters": 64, "kernel": (3, 3), "padding": "same"},
    {"type": "maxpool", "pool": (2, 2)},
    {"type": "flatten"},
    {"type": "dense", "units": 192, "use_bias": True},
    {"type": "dense", "units": 192},
    {"type": "dense", "units": 192},
    {"type": "dense", "units": 10},
]


def layer_table(input_shape, layers):
    def axes(value, rank):
        return tuple(value) if isinstance(value, (tuple, list)) else (value,) * rank

    records = [{"layer": "input", "output_shape": tuple(input_shape), "output_size": None, "params": 0}]
    shape = list(input_shape)
    for spec in layers:
        *spatial, channels = shape
        rank = len(spatial)
        params = 0
        if spec["type"] == "flatten":
            size = 1
            for v in shape:
                size *= v
            shape = [size]
        elif spec["type"] == "dense":
            params = dense_params(channels, spec["units"], spec.get("use_bias", True))
            shape = shape[:-1] + [spec["units"]]
        elif spec["type"] == "maxpool":
            pools = axes(spec["pool"], rank)
            strides = axes(spec["stride"], rank) if spec.get("stride") else pools
            shape = [pool_output_length(n, p, s, spec.get("padding", "valid")) for n, p, s in zip(spatial, pools, strides)] + [channels]
        else:
            kernel = axes(spec["kernel"], rank)
            out = [conv_output_length(n, k, s, spec.get("padding", "valid"), d) for n, k, s, d in
                   zip(spatial, kernel, axes(spec.get("stride", 1), rank), axes(spec.get("dilation", 1), rank))]
            bias = spec.get("use_bias", True)
            params = {"conv": lambda: conv_params(kernel, channels, spec["filters"], bias),
                      "separable_conv": lambda: depthwise_separable_params(kernel, channels, spec["filters"], spec.get("depth_multiplier", 1), bias),
                      "locally_connected": lambda: locally_connected_params(tuple(out), kernel, channels, spec["filters"], bias)}[spec["type"]]()
            shape = out + [spec["filters"]]
        records.append({"layer": spec["type"], "output_shape": tuple(shape), "output_size": None, "params": params})
    for r in records:
        size = 1
        for v in r["output_shape"]:
            size *= v
        r["output_size"] = size
    records.append({"layer": "total", "output_shape": None, "output_size": None, "params": sum(r["params"] for r in records)})
    return pd.DataFrame.from_records(records)
