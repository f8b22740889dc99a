"""Keras models from the course's layer descriptions, and LocallyConnected2D (removed in Keras 3).

A layer description is a dict with a "type" and the layer's settings (defaults in brackets):
    {"type": "conv", "filters": 64, "kernel": 3, "stride": [1], "padding": ["valid"] | "same" | int,
     "dilation": [1], "use_bias": [True]}
    {"type": "separable_conv", "filters": 64, "kernel": 3, "depth_multiplier": [1], "padding": ["valid"], ...}
    {"type": "locally_connected", "filters": 2, "kernel": 3, "stride": [1], "use_bias": [True]}  (2-D only)
    {"type": "maxpool", "pool": 2, "stride": [pool], "padding": ["valid"] | "same"}
    {"type": "flatten"}
    {"type": "dense", "units": 10, "use_bias": [True]}
Kernels, strides and pools are an int (the same on every spatial axis) or a tuple; inputs are channels-last.
"""
import numpy as np

from .config import import_keras

keras = import_keras()


@keras.saving.register_keras_serializable(package="course")
class LocallyConnected2D(keras.layers.Layer):
    """Like Conv2D with "valid" padding, but every output position has its own kernel and bias."""

    def __init__(self, filters, kernel_size, strides=1, use_bias=True, **kwargs):
        super().__init__(**kwargs)
        self.filters = int(filters)
        self.kernel_size = _pair(kernel_size)
        self.strides = _pair(strides)
        self.use_bias = bool(use_bias)

    def build(self, input_shape):
        h, w, c = input_shape[1:]
        (kh, kw), (sh, sw) = self.kernel_size, self.strides
        self.out_hw = ((h - kh) // sh + 1, (w - kw) // sw + 1)
        if min(self.out_hw) < 1:
            raise ValueError(f"kernel {self.kernel_size} does not fit the input {(h, w)}")
        positions = self.out_hw[0] * self.out_hw[1]
        self.kernel = self.add_weight(shape=(positions, kh * kw * c, self.filters), name="kernel")
        self.bias = self.add_weight(shape=(*self.out_hw, self.filters), name="bias", initializer="zeros") \
            if self.use_bias else None

    def call(self, x):
        ops = keras.ops
        patches = ops.image.extract_patches(x, self.kernel_size, strides=self.strides, padding="valid")
        n = ops.shape(patches)[0]
        flat = ops.reshape(patches, (n, self.out_hw[0] * self.out_hw[1], -1))
        out = ops.einsum("npk,pkf->npf", flat, self.kernel)
        out = ops.reshape(out, (n, *self.out_hw, self.filters))
        return out + self.bias if self.use_bias else out

    def compute_output_shape(self, input_shape):
        h, w = input_shape[1:3]
        (kh, kw), (sh, sw) = self.kernel_size, self.strides
        return (input_shape[0], (h - kh) // sh + 1, (w - kw) // sw + 1, self.filters)

    def get_config(self):
        return {**super().get_config(), "filters": self.filters, "kernel_size": self.kernel_size,
                "strides": self.strides, "use_bias": self.use_bias}


def locally_connected_loop(layer: LocallyConnected2D, x: np.ndarray) -> np.ndarray:
    """The layer's output by explicit loops over examples and output positions (a reference, not fast)."""
    (kh, kw), (sh, sw) = layer.kernel_size, layer.strides
    oh, ow = layer.out_hw
    kernel = np.asarray(layer.kernel)
    out = np.zeros((x.shape[0], oh, ow, layer.filters))
    for n in range(x.shape[0]):
        for i in range(oh):
            for j in range(ow):
                patch = x[n, i * sh : i * sh + kh, j * sw : j * sw + kw, :].reshape(-1)
                out[n, i, j] = patch @ kernel[i * ow + j]
    return out + np.asarray(layer.bias) if layer.use_bias else out


def _pair(v):
    return (int(v), int(v)) if np.isscalar(v) else tuple(int(x) for x in v)


def _spatial(v, rank):
    return (int(v),) * rank if np.isscalar(v) else tuple(int(x) for x in v)


def keras_layers(spec: dict, rank: int) -> list:
    """The Keras layer(s) for one description; an int padding becomes ZeroPadding before a valid conv."""
    L = keras.layers
    kind = spec["type"]
    if kind in ("conv", "separable_conv"):
        padding = spec.get("padding", "valid")
        pad = [] if isinstance(padding, str) else [getattr(L, f"ZeroPadding{rank}D")(padding)]
        common = dict(kernel_size=_spatial(spec["kernel"], rank), strides=_spatial(spec.get("stride", 1), rank),
                      padding=padding if isinstance(padding, str) else "valid",
                      dilation_rate=_spatial(spec.get("dilation", 1), rank), use_bias=spec.get("use_bias", True))
        if kind == "conv":
            return pad + [getattr(L, f"Conv{rank}D")(spec["filters"], **common)]
        return pad + [getattr(L, f"SeparableConv{rank}D")(spec["filters"], depth_multiplier=spec.get("depth_multiplier", 1), **common)]
    if kind == "locally_connected":
        if rank != 2:
            raise ValueError("locally_connected is provided for 2-D inputs only")
        return [LocallyConnected2D(spec["filters"], spec["kernel"], spec.get("stride", 1), spec.get("use_bias", True))]
    if kind == "maxpool":
        pool = _spatial(spec["pool"], rank)
        stride = None if spec.get("stride") is None else _spatial(spec["stride"], rank)
        return [getattr(L, f"MaxPooling{rank}D")(pool, strides=stride, padding=spec.get("padding", "valid"))]
    if kind == "flatten":
        return [L.Flatten()]
    if kind == "dense":
        return [L.Dense(spec["units"], use_bias=spec.get("use_bias", True))]
    raise ValueError(f"unknown layer type {kind!r}")


def keras_model(input_shape, layers: list[dict]):
    """(model, rows): a Sequential model of the described layers, and per description its (shape, params)."""
    x = inputs = keras.Input(tuple(input_shape))
    rows = []
    rank = len(input_shape) - 1
    for spec in layers:
        group = keras_layers(spec, rank)
        for layer in group:
            x = layer(x)
        rank = len(x.shape) - 2
        rows.append((tuple(x.shape[1:]), sum(layer.count_params() for layer in group)))
    return keras.Model(inputs, x), rows
