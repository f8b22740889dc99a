"""Never raises: a window larger than the padded axis gives 0 or a negative size, and s = 0 divides by zero."""

TARGETS = ["output_size_hidden"]
HINT = "Raise ValueError when n + 2p < k and when s < 1."


def output_size(n, k, s=1, p=0):
    return (n + 2 * p - k) // max(s, 1) + 1
