"""Sample variance (ddof=1) instead of the biased batch variance that BN and Keras use."""
import numpy as np

TARGETS = ["bn_train_hidden", "bn_keras_hidden"]
HINT = (
    "Use the biased batch variance (divide by N, NumPy's default ddof=0), as BN and Keras do, not the sample "
    "variance with ddof=1."
)


def batchnorm_forward(Z, gamma, beta, eps, cache_dict, beta_avg, mode):
    Z = np.asarray(Z, dtype=float)
    if Z.ndim != 2:
        raise ValueError(f"Z must be 2-D; got shape {Z.shape}")
    if mode == "train":
        mu = np.mean(Z, axis=0, keepdims=True)
        var = np.var(Z, axis=0, ddof=1, keepdims=True)
        cache_dict["mu"] = beta_avg * cache_dict["mu"] + (1 - beta_avg) * mu
        cache_dict["var"] = beta_avg * cache_dict["var"] + (1 - beta_avg) * var
    elif mode == "test":
        mu, var = cache_dict["mu"], cache_dict["var"]
    else:
        raise ValueError(f"mode must be 'train' or 'test'; got {mode!r}")
    return gamma * (Z - mu) / np.sqrt(var + eps) + beta
