"""Inference that normalizes with the batch's own statistics instead of the stored running averages."""
import numpy as np

TARGETS = ["bn_test_hidden", "bn_keras_hidden"]
HINT = (
    "In mode 'test' normalize with the running averages stored in cache_dict, not with the statistics of the batch "
    "you are given."
)


def batchnorm_forward(Z, gamma, beta, eps, cache_dict, beta_avg, mode):
    Z = np.asarray(Z, dtype=float)
    if Z.ndim != 2:
        raise ValueError(f"Z must be 2-D; got shape {Z.shape}")
    if mode not in ("train", "test"):
        raise ValueError(f"mode must be 'train' or 'test'; got {mode!r}")
    mu = np.mean(Z, axis=0, keepdims=True)
    var = np.var(Z, axis=0, keepdims=True)
    if mode == "train":
        cache_dict["mu"] = beta_avg * cache_dict["mu"] + (1 - beta_avg) * mu
        cache_dict["var"] = beta_avg * cache_dict["var"] + (1 - beta_avg) * var
    return gamma * (Z - mu) / np.sqrt(var + eps) + beta
