"""The 'valid' length without the dilation: n - k + 1 over the stride."""

TARGETS = ["conv_output_hidden"]
HINT = (
    "With 'valid' padding a dilated kernel spans more of the input than kernel_size positions: the output length "
    "must take dilation_rate into account."
)


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
        out = -(-n // s) if padding == "same" else (n - k) // s + 1
        if out < 1:
            raise ValueError("too short")
        lengths.append(out)
    return rank + 2, (*lengths, filters)
