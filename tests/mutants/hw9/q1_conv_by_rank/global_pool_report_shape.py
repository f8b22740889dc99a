"""The report's 1 x 1 x C, whatever keepdims says."""
TARGETS = ["global_pool_hidden"]
HINT = (
    "Without keepdims, global pooling removes the spatial axes altogether and leaves only the channels; axes of "
    "size 1 are kept only when keepdims is True."
)


def global_pool_shape(sample_shape, keepdims=False):
    return (1,) * (len(sample_shape) - 1) + (sample_shape[-1],)
