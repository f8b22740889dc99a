"""Dilation ignored: the kernel is taken to cover k inputs whatever the rate."""
TARGETS = ["conv_length_hidden", "tables_hidden"]
HINT = (
    "Dilation matters: k taps spread d apart cover k_eff inputs, not k, so conv_output_length (and its fit check) "
    "must use the effective kernel whenever dilation is above 1."
)


def conv_output_length(n, kernel, stride=1, padding="valid", dilation=1):
    if min(n, kernel, stride, dilation) < 1:
        raise ValueError("n, kernel, stride and dilation must be at least 1")
    if padding == "same":
        return -(-n // stride)
    if padding == "valid":
        padding = 0
    if isinstance(padding, str) or padding < 0:
        raise ValueError(f"padding must be 'valid', 'same' or an int >= 0; got {padding!r}")
    if kernel > n + 2 * padding:
        raise ValueError(f"the kernel ({kernel}) is larger than the padded input ({n + 2 * padding})")
    return (n + 2 * padding - kernel) // stride + 1
