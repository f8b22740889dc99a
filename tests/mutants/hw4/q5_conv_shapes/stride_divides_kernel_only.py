"""The report's misplaced parentheses: n + 2p - k_eff / s + 1 (right at stride 1, wrong above it)."""
TARGETS = ["conv_length_hidden"]
HINT = (
    "Check the grouping in your output-length formula: the stride divides the whole of n + 2p - k_eff before the "
    "floor is taken, not only the kernel term; stride 1 hides the mistake."
)


def conv_output_length(n, kernel, stride=1, padding="valid", dilation=1):
    if min(n, kernel, stride, dilation) < 1:
        raise ValueError("n, kernel, stride and dilation must be at least 1")
    effective = (kernel - 1) * dilation + 1
    if padding == "same":
        return -(-n // stride)
    if padding == "valid":
        padding = 0
    if isinstance(padding, str) or padding < 0:
        raise ValueError(f"padding must be 'valid', 'same' or an int >= 0; got {padding!r}")
    if effective > n + 2 * padding:
        raise ValueError(f"the effective kernel ({effective}) is larger than the padded input ({n + 2 * padding})")
    return int(n + 2 * padding - effective / stride) + 1 - int(stride > 1)
