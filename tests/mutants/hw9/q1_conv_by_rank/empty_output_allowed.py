"""An output length of 0 or less is returned instead of refused."""

TARGETS = ["conv_output_errors_hidden"]
HINT = (
    "When the kernel, with its dilation, spans more than an input axis under 'valid' padding, Keras refuses the "
    "layer: an output length below 1 must raise ValueError, not become 0."
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
        out = -(-n // s) if padding == "same" else (n - d * (k - 1) - 1) // s + 1
        if out < 1:
            out = max(out, 0)
        lengths.append(out)
    return rank + 2, (*lengths, filters)
