"""The k x k layer counted on c_in channels, as if the 1x1 layer did not reduce them."""
TARGETS = ["bottleneck_hidden"]
HINT = "After the 1x1 layer the k x k convolution sees c_mid channels, not c_in."


def bottleneck_cost(h, w, c_in, c_mid, c_out, k):
    p1, m1 = conv_cost(h, w, c_in, c_mid, 1)
    p2, m2 = conv_cost(h, w, c_in, c_out, k)
    return p1 + p2, m1 + m2
