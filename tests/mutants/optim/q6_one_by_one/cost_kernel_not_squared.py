"""k instead of k * k weights per input channel."""
TARGETS = ["conv_cost_hidden", "bottleneck_hidden"]
HINT = "A k x k kernel has k * k weights per input channel."


def conv_cost(h, w, c_in, c_out, k):
    return (k * c_in + 1) * c_out, h * w * c_out * k * c_in
