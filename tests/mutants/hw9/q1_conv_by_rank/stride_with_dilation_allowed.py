"""Strides and dilations above 1 together are computed instead of refused."""

TARGETS = ["conv_output_errors_hidden"]
HINT = (
    "Keras refuses a stride above 1 together with a dilation above 1 (on any axes): that combination must raise "
    "ValueError."
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
        pass
    lengths = []
    for n, k, s, d in zip(sample_shape[:-1], ks, ss, ds):
        out = -(-n // s) if padding == "same" else (n - d * (k - 1) - 1) // s + 1
        if out < 1:
            raise ValueError("too short")
        lengths.append(out)
    return rank + 2, (*lengths, filters)
