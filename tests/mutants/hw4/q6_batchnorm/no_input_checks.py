"""The seeds' version: any mode other than "train" is treated as inference, and Z's shape is never checked."""
import numpy as np

TARGETS = ["bn_test_hidden"]
HINT = (
    "Only the modes 'train' and 'test' are allowed: any other mode must raise ValueError naming both, and a Z that "
    "is not 2-D must raise ValueError with Z.shape in the message."
)


def batchnorm_forward(Z, gamma, beta, eps, cache_dict, beta_avg, mode):
    if mode == "train":
        mu = np.mean(Z, axis=0, keepdims=True)
        var = np.var(Z, axis=0, keepdims=True)
        cache_dict["mu"] = beta_avg * cache_dict["mu"] + (1 - beta_avg) * mu
        cache_dict["var"] = beta_avg * cache_dict["var"] + (1 - beta_avg) * var
    else:
        mu, var = cache_dict["mu"], cache_dict["var"]
    return gamma * (Z - mu) / np.sqrt(var + eps) + beta
