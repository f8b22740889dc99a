"""Correct in another way: separate Activation layers after every convolution, branches built in a loop,
a recursive output_sizes, a softmax Activation after the Dense, loss and metric objects, np.take and np.split."""
import keras
import numpy as np


def output_size(n, k, s=1, p=0):
    span = n + 2 * p - k
    if s < 1:
        raise ValueError(f"stride {s}")
    if span < 0:
        raise ValueError(f"kernel {k} larger than {n} + 2*{p}")
    return int(span // s + 1)


def output_sizes(n, windows):
    if not windows:
        return []
    first = output_size(n, *windows[0])
    return [first] + output_sizes(first, windows[1:])


def inception_module(x, f1, f3_reduce, f3, f5_reduce, f5, pool_proj):
    def conv(t, filters, k):
        t = keras.layers.Conv2D(filters, k, padding="same", use_bias=True)(t)
        return keras.layers.Activation("relu")(t)

    branches = []
    for steps in ([(f1, 1)], [(f3_reduce, 1), (f3, 3)], [(f5_reduce, 1), (f5, 5)], ["pool", (pool_proj, 1)]):
        t = x
        for step in steps:
            t = keras.layers.MaxPooling2D(3, 1, "same")(t) if step == "pool" else conv(t, *step)
        branches.append(t)
    return keras.layers.Concatenate()(branches)


def build_inception_net(input_shape=(32, 32, 3), num_classes=10):
    inputs = keras.layers.Input(input_shape)
    x = keras.layers.Activation("relu")(keras.layers.Conv2D(32, 3, padding="same")(inputs))
    for widths in ((16, 16, 24, 4, 8, 8), (32, 24, 48, 8, 16, 16)):
        x = inception_module(keras.layers.MaxPooling2D(2, 2)(x), *widths)
    x = keras.layers.Dense(num_classes)(keras.layers.GlobalAveragePooling2D()(x))
    model = keras.Model(inputs, keras.layers.Activation("softmax")(x))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001), loss=keras.losses.SparseCategoricalCrossentropy(),
                  metrics=[keras.metrics.SparseCategoricalAccuracy()])
    return model


def split_holdout(x, y, val_fraction, seed):
    if not (0.0 < val_fraction < 1.0):
        raise ValueError("val_fraction")
    val_idx, train_idx = np.split(np.random.default_rng(seed).permutation(x.shape[0]), [round(x.shape[0] * val_fraction)])
    return np.take(x, train_idx, axis=0), np.take(y, train_idx, axis=0), np.take(x, val_idx, axis=0), np.take(y, val_idx, axis=0)
