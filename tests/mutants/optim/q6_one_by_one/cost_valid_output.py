"""Multiply-adds counted on a 'valid' output of (h - k + 1) x (w - k + 1) pixels."""
TARGETS = ["conv_cost_hidden", "bottleneck_hidden"]
HINT = "padding='same' keeps h x w outputs."


def conv_cost(h, w, c_in, c_out, k):
    return (k * k * c_in + 1) * c_out, (h - k + 1) * (w - k + 1) * c_out * k * k * c_in
