"""A missing pooling stride taken as 1 instead of the pool size."""
TARGETS = ["pool_length_hidden"]
HINT = (
    "When stride is None, pool_output_length must use a stride equal to the pool size (Keras's default), not 1: by "
    "default the pooling windows do not overlap."
)


def pool_output_length(n, pool, stride=None, padding="valid"):
    stride = 1 if stride is None else stride
    if min(n, pool, stride) < 1:
        raise ValueError("n, pool and stride must be at least 1")
    if padding == "same":
        return -(-n // stride)
    if padding != "valid":
        raise ValueError(f"padding must be 'valid' or 'same'; got {padding!r}")
    if pool > n:
        raise ValueError(f"the pool ({pool}) is larger than the input ({n})")
    return (n - pool) // stride + 1
