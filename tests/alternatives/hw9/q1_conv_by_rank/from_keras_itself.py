"""Correct, written differently: the shapes asked of Keras layers themselves, errors passed through."""
import numpy as np
import keras


def conv_output(rank, sample_shape, filters, kernel_size, strides=1, padding="valid", dilation_rate=1):
    layers = {1: keras.layers.Conv1D, 2: keras.layers.Conv2D, 3: keras.layers.Conv3D}
    if rank not in layers or len(sample_shape) != rank + 1:
        raise ValueError("a sample must have rank + 1 axes, for rank 1, 2 or 3")
    layer = layers[rank](filters, kernel_size, strides=strides, padding=padding, dilation_rate=dilation_rate)
    shape = layer.compute_output_shape((None, *sample_shape))
    return len(shape), tuple(np.int64(v) for v in shape[1:])


def global_pool_shape(sample_shape, keepdims=False):
    pools = {1: keras.layers.GlobalMaxPooling1D, 2: keras.layers.GlobalMaxPooling2D, 3: keras.layers.GlobalMaxPooling3D}
    return tuple(pools[len(sample_shape) - 1](keepdims=keepdims).compute_output_shape((None, *sample_shape))[1:])
