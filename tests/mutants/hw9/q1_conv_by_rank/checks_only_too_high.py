"""The argument checks look one way only: a rank above 3 and a sample_shape with too few axes are refused, but a
rank of 0 (or below) and a sample_shape with too many axes are computed."""

TARGETS = ["conv_output_errors_hidden"]
HINT = (
    "Only ranks 1, 2 and 3 exist, and a Conv{rank}D sample has exactly rank + 1 axes: test for equality, "
    "not only for a rank that is too high or a shape that is too short."
)
HIDDEN_ONLY = "the visible check tries only a rank of 4 and a sample_shape with too few axes"


def conv_output(rank, sample_shape, filters, kernel_size, strides=1, padding="valid", dilation_rate=1):
    if rank > 3:
        raise ValueError("rank")
    if len(sample_shape) < rank + 1:
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
    return rank + 2, (*lengths, filters)
