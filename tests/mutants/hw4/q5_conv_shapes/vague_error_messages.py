"""Every check in place, but one message for every case that says nothing about what is wrong (found by review:
the hidden test only asked for a message of 10 characters or more)."""
TARGETS = ["geometry_errors_hidden"]
HINT = (
    "A ValueError must say why the geometry cannot work: name the argument at fault (n, kernel, pool, stride, "
    "dilation, padding) and its value, or the sizes that do not fit, not only that the input is invalid."
)
HIDDEN_ONLY = "the visible check prints the message but accepts any"


def conv_output_length(n, kernel, stride=1, padding="valid", dilation=1):
    if min(n, kernel, stride, dilation) < 1:
        raise ValueError("Invalid arguments!")
    effective = (kernel - 1) * dilation + 1
    if padding == "same":
        return -(-n // stride)
    if padding == "valid":
        padding = 0
    if isinstance(padding, str) or padding < 0:
        raise ValueError("Invalid arguments!")
    if effective > n + 2 * padding:
        raise ValueError("Invalid arguments!")
    return (n + 2 * padding - effective) // stride + 1


def pool_output_length(n, pool, stride=None, padding="valid"):
    stride = pool if stride is None else stride
    if min(n, pool, stride) < 1 or padding not in ("valid", "same"):
        raise ValueError("Invalid arguments!")
    if padding == "same":
        return -(-n // stride)
    if pool > n:
        raise ValueError("Invalid arguments!")
    return (n - pool) // stride + 1
