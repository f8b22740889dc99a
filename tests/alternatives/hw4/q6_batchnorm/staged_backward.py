"""Correct, written differently: an in-place running update, and backprop step by step through the graph."""
import numpy as np


def batchnorm_forward(Z, gamma, beta, eps, cache_dict, beta_avg, mode):
    Z = np.array(Z, dtype=np.float64)
    if Z.ndim != 2:
        raise ValueError("Z has shape " + str(Z.shape) + " but must be 2-D")
    if mode == "test":
        mu, var = np.ravel(cache_dict["mu"]), np.ravel(cache_dict["var"])
    elif mode == "train":
        mu = np.mean(Z, axis=0)
        var = np.mean((Z - mu) ** 2, axis=0)
        cache_dict["mu"] = cache_dict["mu"] * beta_avg
        cache_dict["mu"] = cache_dict["mu"] + (1 - beta_avg) * mu
        cache_dict["var"] = cache_dict["var"] * beta_avg + var - beta_avg * var
    else:
        raise ValueError("mode should be 'train' or 'test', not " + repr(mode))
    Z -= mu
    Z /= np.sqrt(var + eps)
    return np.ravel(gamma) * Z + np.ravel(beta)


def batchnorm_forward_train(Z, gamma, beta, eps):
    N = Z.shape[0]
    mu = Z.sum(axis=0) / N
    xc = Z - mu
    var = (xc**2).sum(axis=0) / N
    std = np.sqrt(var + eps)
    xn = xc / std
    return gamma * xn + beta, {"xc": xc, "std": std, "xn": xn, "gamma": gamma}


def batchnorm_backward(dout, cache):
    xc, std, xn, gamma = cache["xc"], cache["std"], cache["xn"], cache["gamma"]
    N = dout.shape[0]
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * xn, axis=0)
    dxn = dout * gamma
    dxc = dxn / std
    dstd = -np.sum(dxn * xc / std**2, axis=0)
    dvar = 0.5 * dstd / std
    dxc += (2.0 / N) * xc * dvar
    dmu = np.sum(dxc, axis=0)
    dZ = dxc - dmu / N
    return dZ, dgamma, dbeta
