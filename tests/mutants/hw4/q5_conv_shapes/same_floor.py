"""Floor instead of ceiling for "same": n // s loses the last, partial window."""
TARGETS = ["conv_length_hidden", "pool_length_hidden"]
HINT = (
    "With 'same' padding the output length is the ceiling of n / stride, not the floor: a last, partial window "
    "still gives an output, in conv_output_length and pool_output_length alike."
)


def conv_output_length(n, kernel, stride=1, padding="valid", dilation=1):
    if min(n, kernel, stride, dilation) < 1:
        raise ValueError("n, kernel, stride and dilation must be at least 1")
    effective = (kernel - 1) * dilation + 1
    if padding == "same":
        return n // stride
    if padding == "valid":
        padding = 0
    if isinstance(padding, str) or padding < 0:
        raise ValueError(f"padding must be 'valid', 'same' or an int >= 0; got {padding!r}")
    if effective > n + 2 * padding:
        raise ValueError(f"the effective kernel ({effective}) is larger than the padded input ({n + 2 * padding})")
    return (n + 2 * padding - effective) // stride + 1


def pool_output_length(n, pool, stride=None, padding="valid"):
    stride = pool if stride is None else stride
    if min(n, pool, stride) < 1:
        raise ValueError("n, pool and stride must be at least 1")
    if padding == "same":
        return n // stride
    if padding != "valid":
        raise ValueError(f"padding must be 'valid' or 'same'; got {padding!r}")
    if pool > n:
        raise ValueError(f"the pool ({pool}) is larger than the input ({n})")
    return (n - pool) // stride + 1
