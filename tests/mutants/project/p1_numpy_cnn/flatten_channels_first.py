"""Flattens in (C, H, W) order, as a channels-first port would: not Keras's Flatten on channel-last maps."""
import numpy as np

TARGETS = ["network_hidden"]
HINT = 'Flatten (N, 14, 14, 8) with reshape(N, -1): Keras keeps the (H, W, C) order.'


def _forward(params, x):
    x = np.asarray(x, dtype=float)
    a1 = conv_forward(x, params["conv1_w"], params["conv1_b"])
    a2 = conv_forward(relu_forward(a1), params["conv2_w"], params["conv2_b"])
    pooled = maxpool_forward(relu_forward(a2))
    h = dense_forward(pooled.transpose(0, 3, 1, 2).reshape(len(x), -1), params["dense1_w"], params["dense1_b"])
    return dense_forward(relu_forward(h), params["dense2_w"], params["dense2_b"]), (x, a1, a2, pooled, h)
