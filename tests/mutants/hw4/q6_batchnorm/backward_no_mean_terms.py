"""dZ as if mu and var were constants: dout * gamma / sqrt(var + eps)."""
import numpy as np

TARGETS = ["bn_backward_hidden"]
HINT = (
    "dZ cannot treat the batch mean and variance as constants: both depend on every row of Z, so each row's "
    "gradient gets terms from the whole batch. Compare with the numerical gradient."
)


def batchnorm_backward(dout, cache):
    Z_norm, inv_std, gamma = cache
    return dout * gamma * inv_std, (dout * Z_norm).sum(axis=0), dout.sum(axis=0)
