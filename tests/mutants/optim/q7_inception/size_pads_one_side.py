"""Pads one side only: n + p - k."""

TARGETS = ["output_size_hidden"]
HINT = "p is added on each side of the axis: n + 2p."


def output_size(n, k, s=1, p=0):
    if s < 1:
        raise ValueError("the stride must be positive")
    if n + p < k:
        raise ValueError("the window does not fit")
    return (n + p - k) // s + 1
