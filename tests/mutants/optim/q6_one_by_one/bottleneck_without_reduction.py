"""The bottleneck's cost is the k x k layer's alone: the 1x1 layer is forgotten."""
TARGETS = ["bottleneck_hidden"]
HINT = "Add the 1x1 layer's parameters and multiply-adds to the k x k layer's."


def bottleneck_cost(h, w, c_in, c_mid, c_out, k):
    return conv_cost(h, w, c_mid, c_out, k)
