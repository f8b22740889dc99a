"""batchnorm_forward_train ignores its eps argument and always adds the homework's 1e-5 (found by the argument
coverage of issue 18: the hidden tests had called it with eps = 1e-5 only)."""
import numpy as np

TARGETS = ["bn_backward_hidden"]
HINT = "batchnorm_forward_train must add the eps it is given to the variance, not a constant of its own."


def batchnorm_forward_train(Z, gamma, beta, eps):
    mu = Z.mean(axis=0)
    var = Z.var(axis=0)
    inv_std = 1.0 / np.sqrt(var + 1e-5)
    Z_norm = (Z - mu) * inv_std
    out = gamma * Z_norm + beta
    return out, (Z_norm, inv_std, gamma)
