"""Starts the list with n itself."""

TARGETS = ["output_sizes_hidden"]
HINT = "Return one size per window; the input size is not one of them."


def output_sizes(n, windows):
    sizes = [n]
    for k, s, p in windows:
        sizes.append(output_size(sizes[-1], k, s, p))
    return sizes
