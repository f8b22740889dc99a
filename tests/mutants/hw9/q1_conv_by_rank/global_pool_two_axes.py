"""keepdims always adds two axes of 1, as for images, whatever the rank."""
TARGETS = ["global_pool_hidden"]
HINT = (
    "With keepdims, global pooling keeps one axis of size 1 for every spatial axis of the input, whatever its "
    "rank: not always two, as for images."
)


def global_pool_shape(sample_shape, keepdims=False):
    return (1, 1, sample_shape[-1]) if keepdims else (sample_shape[-1],)
