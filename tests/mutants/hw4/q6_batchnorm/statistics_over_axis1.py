"""Statistics over the features of each example (axis 1) instead of over the batch (axis 0)."""
import numpy as np

TARGETS = ["bn_train_hidden"]
HINT = (
    "The batch statistics are per feature, taken over the examples of the batch (the N axis of Z), not over the "
    "features of each example."
)


def batchnorm_forward(Z, gamma, beta, eps, cache_dict, beta_avg, mode):
    Z = np.asarray(Z, dtype=float)
    if Z.ndim != 2:
        raise ValueError(f"Z must be 2-D; got shape {Z.shape}")
    if mode == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        cache_dict["mu"] = beta_avg * cache_dict["mu"] + (1 - beta_avg) * mu
        cache_dict["var"] = beta_avg * cache_dict["var"] + (1 - beta_avg) * var
    elif mode == "test":
        mu, var = cache_dict["mu"], cache_dict["var"]
    else:
        raise ValueError(f"mode must be 'train' or 'test'; got {mode!r}")
    return gamma * (Z - mu) / np.sqrt(var + eps) + beta
