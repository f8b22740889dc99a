"""Checks that miss n and pool: conv_output_length returns for "same" before any check and never checks n;
pool_output_length checks the stride and the fit, not the pool itself (found by review: the hidden tests never
tried n < 1 or pool < 1; conv_output_length(0, 3, padding="same") gave 0, pool_output_length(10, 0, stride=1) 11)."""
import math

TARGETS = ["geometry_errors_hidden"]
HINT = (
    "Every size must be at least 1 whatever the padding: check n (and, in pool_output_length, the pool itself) "
    "before anything else, so that \"same\" padding or an explicit stride cannot let an input of length 0 or a "
    "pool of size 0 through."
)
HIDDEN_ONLY = "the visible check tries only two kernels that do not fit"


def conv_output_length(n, kernel, stride=1, padding="valid", dilation=1):
    if padding == "same":
        return math.ceil(n / stride)
    for name, value in (("kernel", kernel), ("stride", stride), ("dilation", dilation)):
        if value < 1:
            raise ValueError(f"{name} must be at least 1; got {value}")
    if padding == "valid":
        padding = 0
    if isinstance(padding, str) or padding < 0:
        raise ValueError(f"padding must be 'valid', 'same' or an int >= 0; got {padding!r}")
    effective = (kernel - 1) * dilation + 1
    if effective > n + 2 * padding:
        raise ValueError(f"the effective kernel ({effective}) is larger than the padded input ({n + 2 * padding})")
    return (n + 2 * padding - effective) // stride + 1


def pool_output_length(n, pool, stride=None, padding="valid"):
    stride = pool if stride is None else stride
    if stride < 1:
        raise ValueError(f"stride must be at least 1; got {stride}")
    if padding == "same":
        return math.ceil(n / stride)
    if padding != "valid":
        raise ValueError(f"padding must be 'valid' or 'same'; got {padding!r}")
    if pool > n:
        raise ValueError(f"the pool ({pool}) is larger than the input ({n})")
    return (n - pool) // stride + 1
