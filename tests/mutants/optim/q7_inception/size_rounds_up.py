"""Rounds (n + 2p - k) / s up instead of down."""
import math

TARGETS = ["output_size_hidden"]
HINT = "A window that would run past the padded edge does not count: round (n + 2p - k) / s down."


def output_size(n, k, s=1, p=0):
    if s < 1:
        raise ValueError("the stride must be positive")
    if n + 2 * p < k:
        raise ValueError("the window does not fit")
    return math.ceil((n + 2 * p - k) / s) + 1
