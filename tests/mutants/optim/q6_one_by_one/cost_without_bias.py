"""Parameters without the biases."""
TARGETS = ["conv_cost_hidden", "bottleneck_hidden"]
HINT = "Each filter has one bias as well as its k * k * c_in weights."


def conv_cost(h, w, c_in, c_out, k):
    return k * k * c_in * c_out, h * w * c_out * k * k * c_in
