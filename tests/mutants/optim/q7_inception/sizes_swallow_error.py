"""Stops quietly at a window that does not fit."""

TARGETS = ["output_sizes_hidden"]
HINT = "A window that does not fit is an error: let output_size's ValueError through."


def output_sizes(n, windows):
    sizes = []
    for k, s, p in windows:
        try:
            n = output_size(n, k, s, p)
        except ValueError:
            break
        sizes.append(n)
    return sizes
