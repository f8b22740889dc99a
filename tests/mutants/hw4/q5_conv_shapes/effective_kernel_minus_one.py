"""The report's garbled formula: effective kernel (k - 1) * d - 1 instead of + 1."""
TARGETS = ["conv_length_hidden"]
HINT = (
    "Re-check your effective kernel k_eff against the notebook's formula: with dilation 1 it must equal the kernel "
    "size, and at rate d it spans from the first tap to the last, both included."
)


def conv_output_length(n, kernel, stride=1, padding="valid", dilation=1):
    for name, value in (("n", n), ("kernel", kernel), ("stride", stride), ("dilation", dilation)):
        if value < 1:
            raise ValueError(f"{name} must be at least 1; got {value}")
    effective = (kernel - 1) * dilation - 1
    if padding == "same":
        return -(-n // stride)
    if padding == "valid":
        padding = 0
    if isinstance(padding, str) or padding < 0:
        raise ValueError(f"padding must be 'valid', 'same' or an int >= 0; got {padding!r}")
    if effective > n + 2 * padding:
        raise ValueError(f"the effective kernel ({effective}) is larger than the padded input ({n + 2 * padding})")
    return (n + 2 * padding - effective) // stride + 1
