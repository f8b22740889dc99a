"""keepdims always adds two axes of 1, as for images, whatever the rank."""
TARGETS = ["global_pool_hidden"]


def global_pool_shape(sample_shape, keepdims=False):
    return (1, 1, sample_shape[-1]) if keepdims else (sample_shape[-1],)
