"""The output keeps the input's channels instead of one per filter."""

TARGETS = ["conv_output_hidden"]
HINT = "The channel axis of the output has one entry per filter, whatever the number of input channels."


def conv_output(rank, sample_shape, filters, kernel_size, strides=1, padding="valid", dilation_rate=1):
    if rank not in (1, 2, 3):
        raise ValueError("rank")
    if len(sample_shape) != rank + 1:
        raise ValueError("sample_shape")

    def per_axis(value):
        return tuple(value) if isinstance(value, (tuple, list)) else (value,) * rank

    ks, ss, ds = per_axis(kernel_size), per_axis(strides), per_axis(dilation_rate)
    if any(s > 1 for s in ss) and any(d > 1 for d in ds):
        raise ValueError("strides and dilation")
    lengths = []
    for n, k, s, d in zip(sample_shape[:-1], ks, ss, ds):
        out = -(-n // s) if padding == "same" else (n - d * (k - 1) - 1) // s + 1
        if out < 1:
            raise ValueError("too short")
        lengths.append(out)
    return rank + 2, (*lengths, sample_shape[-1])
