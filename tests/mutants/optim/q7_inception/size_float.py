"""Divides with / and returns a float."""

TARGETS = ["output_size_hidden"]
HINT = "A number of positions is an int: use // (floor division) rather than /."


def output_size(n, k, s=1, p=0):
    if s < 1:
        raise ValueError("the stride must be positive")
    if n + 2 * p < k:
        raise ValueError("the window does not fit")
    return (n + 2 * p - k) / s + 1
