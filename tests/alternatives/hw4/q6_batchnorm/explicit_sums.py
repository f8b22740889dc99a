"""Correct, written differently: explicit sums, no keepdims, a mode table, and answers as a tuple and a capital."""
import numpy as np

TRUE_FALSE = (True, True, False, True, False)
MULTIPLE_CHOICE = "B"


def batchnorm_forward(Z, gamma, beta, eps, cache_dict, beta_avg, mode):
    if mode not in {"train": 1, "test": 1}:
        raise ValueError(f"unknown mode {mode!r}: use 'train' or 'test'")
    if len(np.shape(Z)) != 2:
        raise ValueError(f"expected a batch of shape (N, D), got {np.shape(Z)}")
    N = Z.shape[0]
    if mode == "train":
        mu = Z.sum(axis=0) / N
        var = ((Z - mu) ** 2).sum(axis=0) / N
        for key, stat in (("mu", mu), ("var", var)):
            cache_dict[key] = beta_avg * cache_dict[key] + (1.0 - beta_avg) * stat
    else:
        mu, var = cache_dict["mu"], cache_dict["var"]
    return np.multiply(gamma, (Z - mu) * np.power(var + eps, -0.5)) + beta


def bn_param_counts(n_inputs, units, use_bias):
    per_unit = n_inputs + int(bool(use_bias)) + 2
    return dict(trainable=units * per_unit, non_trainable=units * 2, total=units * (per_unit + 2))
