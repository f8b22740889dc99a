"""Any sample_shape is accepted: a (28, 28) image passes as a Conv2D sample, and a rank of 4 as a Conv4D."""

TARGETS = ["conv_output_errors_hidden"]
HINT = (
    "Validate the arguments first: only ranks 1, 2 and 3 exist, and a sample for a layer of rank r has r spatial "
    "axes plus a channel axis; anything else must raise ValueError."
)


def conv_output(rank, sample_shape, filters, kernel_size, strides=1, padding="valid", dilation_rate=1):

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
