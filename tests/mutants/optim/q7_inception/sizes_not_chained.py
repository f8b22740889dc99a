"""Applies every window to the first n, not to the previous window's output."""

TARGETS = ["output_sizes_hidden"]
HINT = "Each window sees the previous window's output: feed the size you just computed into the next one."


def output_sizes(n, windows):
    return [output_size(n, k, s, p) for k, s, p in windows]
