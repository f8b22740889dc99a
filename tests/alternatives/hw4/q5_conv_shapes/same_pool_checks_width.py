"""Correct under the other reading of "a pool larger than the padded input" for pooling: this one takes the
input before any padding, so a pool wider than n raises ValueError under "same" too, where Keras (and the
reference) give ceil(n / s). Everything else as the reference."""


def pool_output_length(n, pool, stride=None, padding="valid"):
    stride = pool if stride is None else stride
    for name, value in (("n", n), ("pool", pool), ("stride", stride)):
        if value < 1:
            raise ValueError(f"{name} must be at least 1; got {value}")
    if padding not in ("valid", "same"):
        raise ValueError(f"padding must be 'valid' or 'same'; got {padding!r}")
    if pool > n:
        raise ValueError(f"the pool ({pool}) is wider than the input ({n})")
    if padding == "same":
        return -(-n // stride)
    return (n - pool) // stride + 1
