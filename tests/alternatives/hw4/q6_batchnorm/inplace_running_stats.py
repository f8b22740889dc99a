"""Correct, the other reading of "update ... in the dict you were given": the running averages are updated in
place in the arrays the dict holds (the text accepts this and storing new arrays alike)."""
import numpy as np


def batchnorm_forward(Z, gamma, beta, eps, cache_dict, beta_avg, mode):
    if np.ndim(Z) != 2:
        raise ValueError(f"Z must be 2-D (N, D); got Z.shape = {np.shape(Z)}")
    if mode not in ("train", "test"):
        raise ValueError(f"mode must be 'train' or 'test', not {mode!r}")
    if mode == "train":
        mu, var = Z.mean(axis=0), Z.var(axis=0)
        for key, stat in (("mu", mu), ("var", var)):
            running = cache_dict[key]
            running *= beta_avg
            running += (1 - beta_avg) * stat.reshape(running.shape)
    else:
        mu, var = np.ravel(cache_dict["mu"]), np.ravel(cache_dict["var"])
    return np.ravel(gamma) * (Z - mu) / np.sqrt(var + eps) + np.ravel(beta)
