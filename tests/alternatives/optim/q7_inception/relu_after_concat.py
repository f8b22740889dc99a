"""Correct in another way: one ReLU after the Concatenate for the branches' last convolutions, functional
helpers (keras.layers.concatenate), floor from math, a running list, and compile settings by name."""
import math

import keras
import numpy as np


def output_size(n, k, s=1, p=0):
    if s <= 0 or k > n + 2 * p:
        raise ValueError("bad window")
    return int(math.floor((n + 2 * p - k) / s)) + 1


def output_sizes(n, windows):
    out = []
    for window in windows:
        out.append(output_size(out[-1] if out else n, *window))
    return out


def inception_module(x, f1, f3_reduce, f3, f5_reduce, f5, pool_proj):
    L = keras.layers
    a = L.Conv2D(f1, (1, 1))(x)
    b = L.Conv2D(f3, (3, 3), padding="same")(L.Conv2D(f3_reduce, (1, 1), activation="relu")(x))
    c = L.Conv2D(f5, (5, 5), padding="same")(L.Conv2D(f5_reduce, (1, 1), activation="relu")(x))
    d = L.Conv2D(pool_proj, (1, 1))(L.MaxPooling2D((3, 3), strides=(1, 1), padding="same")(x))
    return L.ReLU()(L.concatenate([a, b, c, d], axis=3))


def build_inception_net(input_shape=(32, 32, 3), num_classes=10):
    L = keras.layers
    inp = L.Input(shape=input_shape)
    h = L.MaxPooling2D()(L.Conv2D(32, (3, 3), padding="same", activation="relu")(inp))
    h = L.MaxPooling2D(pool_size=(2, 2))(inception_module(h, 16, 16, 24, 4, 8, 8))
    h = L.GlobalAveragePooling2D()(inception_module(h, 32, 24, 48, 8, 16, 16))
    model = keras.Model(inputs=inp, outputs=L.Dense(num_classes, activation="softmax")(h))
    model.compile("adam", keras.losses.sparse_categorical_crossentropy, metrics=["acc"])
    return model


def split_holdout(x, y, val_fraction, seed):
    if val_fraction <= 0 or val_fraction >= 1:
        raise ValueError("val_fraction out of (0, 1)")
    perm = np.random.default_rng(seed).permutation(len(y))
    cut = int(round(val_fraction * len(y)))
    return x[perm[cut:]], y[perm[cut:]], x[perm[:cut]], y[perm[:cut]]
