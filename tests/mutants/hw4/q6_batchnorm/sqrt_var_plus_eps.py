"""eps added after the square root: (Z - mu) / (sqrt(var) + eps)."""
import numpy as np

TARGETS = ["bn_train_hidden", "bn_keras_hidden"]
HINT = (
    "eps belongs inside the square root: it is added to the variance before the root is taken, as in Keras, not to "
    "the standard deviation."
)


def batchnorm_forward(Z, gamma, beta, eps, cache_dict, beta_avg, mode):
    Z = np.asarray(Z, dtype=float)
    if Z.ndim != 2:
        raise ValueError(f"Z must be 2-D; got shape {Z.shape}")
    if mode == "train":
        mu = np.mean(Z, axis=0, keepdims=True)
        var = np.var(Z, axis=0, keepdims=True)
        cache_dict["mu"] = beta_avg * cache_dict["mu"] + (1 - beta_avg) * mu
        cache_dict["var"] = beta_avg * cache_dict["var"] + (1 - beta_avg) * var
    elif mode == "test":
        mu, var = cache_dict["mu"], cache_dict["var"]
    else:
        raise ValueError(f"mode must be 'train' or 'test'; got {mode!r}")
    return gamma * (Z - mu) / (np.sqrt(var) + eps) + beta
