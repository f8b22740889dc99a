"""Scale and shift swapped: beta * Z_norm + gamma."""
import numpy as np

TARGETS = ["bn_train_hidden", "bn_test_hidden", "bn_keras_hidden"]
HINT = (
    "gamma scales the normalized values and beta shifts them: over the batch, out should have mean beta and a "
    "standard deviation close to gamma, not the other way round."
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
    return beta * (Z - mu) / np.sqrt(var + eps) + gamma
