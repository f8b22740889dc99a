"""output_shape computed with NumPy's floor and ceil: floats (np.float64), returned as a list of lists."""
import numpy as np

TARGETS = ["conv_output_hidden"]
HINT = (
    "conv_output must return a tuple (batch_rank, output_shape) whose output_shape is a tuple of ints: np.floor and "
    "np.ceil return floats, so turn each length into an int (or use // and -(-n // s)), and build tuples, not lists."
)
HIDDEN_ONLY = "the visible check compares the shape after int() on every entry, so floats and lists look right there"


def conv_output(rank, sample_shape, filters, kernel_size, strides=1, padding="valid", dilation_rate=1):
    if rank not in (1, 2, 3):
        raise ValueError("rank")
    if len(sample_shape) != rank + 1:
        raise ValueError("sample_shape")

    def per_axis(value):
        return list(value) if isinstance(value, (tuple, list)) else [value] * rank

    ks, ss, ds = per_axis(kernel_size), per_axis(strides), per_axis(dilation_rate)
    if max(ss) > 1 and max(ds) > 1:
        raise ValueError("strides and dilation")
    lengths = []
    for n, k, s, d in zip(sample_shape[:-1], ks, ss, ds):
        out = np.ceil(n / s) if padding == "same" else np.floor((n - d * (k - 1) - 1) / s) + 1
        if out < 1:
            raise ValueError("too short")
        lengths.append(out)
    return [rank + 2, lengths + [filters]]
