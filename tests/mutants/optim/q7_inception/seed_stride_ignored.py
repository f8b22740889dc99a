"""The report answered the stride question without the formula (E9): the stride is left out."""

TARGETS = ["output_size_hidden"]
HINT = "The window moves s positions at a time: divide n + 2p - k by s (rounding down) before adding 1."


def output_size(n, k, s=1, p=0):
    if s < 1:
        raise ValueError("the stride must be positive")
    if n + 2 * p < k:
        raise ValueError("the window does not fit")
    return n + 2 * p - k + 1
