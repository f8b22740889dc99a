"""Formulas without checks: impossible geometry returns zero or negative sizes, as on paper."""
TARGETS = ["geometry_errors_hidden"]
HINT = (
    "Impossible geometry must raise ValueError with a message, not return a zero or negative size: check for values"
    " below 1, an unknown or negative padding, and a kernel or pool that does not fit."
)


def conv_output_length(n, kernel, stride=1, padding="valid", dilation=1):
    effective = (kernel - 1) * dilation + 1
    if padding == "same":
        return -(-n // stride)
    p = 0 if padding == "valid" else padding
    return (n + 2 * p - effective) // stride + 1


def pool_output_length(n, pool, stride=None, padding="valid"):
    stride = pool if stride is None else stride
    if padding == "same":
        return -(-n // stride)
    return (n - pool) // stride + 1
