"""Correct, the other reading of the running averages' shape: batch statistics kept as (1, D) rows
(keepdims=True), so running averages given as (D,) come back as (1, D); the text accepts either shape."""
import numpy as np


def batchnorm_forward(Z, gamma, beta, eps, cache_dict, beta_avg, mode):
    Z = np.asarray(Z, dtype=float)
    if Z.ndim != 2:
        raise ValueError(f"Z.shape = {Z.shape}: a batch must be 2-D, (N, D)")
    if mode == "train":
        mu = Z.mean(axis=0, keepdims=True)
        var = ((Z - mu) ** 2).mean(axis=0, keepdims=True)
        cache_dict["mu"] = beta_avg * cache_dict["mu"] + (1 - beta_avg) * mu
        cache_dict["var"] = beta_avg * cache_dict["var"] + (1 - beta_avg) * var
    elif mode == "test":
        mu = np.reshape(cache_dict["mu"], (1, -1))
        var = np.reshape(cache_dict["var"], (1, -1))
    else:
        raise ValueError(f"unknown mode {mode!r}: use 'train' or 'test'")
    return np.reshape(gamma, (1, -1)) * (Z - mu) / np.sqrt(var + eps) + np.reshape(beta, (1, -1))
