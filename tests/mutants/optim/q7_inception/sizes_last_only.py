"""Returns the last size alone, not the list."""

TARGETS = ["output_sizes_hidden"]
HINT = "Return the list of every window's output size, in order."


def output_sizes(n, windows):
    for k, s, p in windows:
        n = output_size(n, k, s, p)
    return [n] if windows else []
