"""dgamma summed against the cached pre-normalization input instead of Z_norm."""
import numpy as np

TARGETS = ["bn_backward_hidden"]
HINT = (
    "dgamma is the batch sum of dout times the normalized input Z_hat, not the raw Z; it must not change when Z is "
    "shifted or rescaled."
)


def batchnorm_forward_train(Z, gamma, beta, eps):
    mu = Z.mean(axis=0)
    var = Z.var(axis=0)
    inv_std = 1.0 / np.sqrt(var + eps)
    Z_norm = (Z - mu) * inv_std
    return gamma * Z_norm + beta, (Z, Z_norm, inv_std, gamma)


def batchnorm_backward(dout, cache):
    Z, Z_norm, inv_std, gamma = cache
    N = dout.shape[0]
    g = dout * gamma
    dZ = inv_std / N * (N * g - g.sum(axis=0) - Z_norm * (g * Z_norm).sum(axis=0))
    return dZ, (dout * Z).sum(axis=0), dout.sum(axis=0)
