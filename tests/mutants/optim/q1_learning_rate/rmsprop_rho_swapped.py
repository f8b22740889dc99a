"""rho weights the new squared gradient instead of the running average."""
import numpy as np

TARGETS = ["adaptive_hidden"]
HINT = "`s <- rho * s + (1 - rho) * grad**2`: rho is the share of the old average that is kept."


def rmsprop_step(w, grad, sq_avg, lr, rho=0.9, eps=1e-7):
    grad = np.asarray(grad, dtype=float)
    sq_avg = (1 - rho) * np.asarray(sq_avg, dtype=float) + rho * grad ** 2
    return np.asarray(w, dtype=float) - lr * grad / np.sqrt(sq_avg + eps), sq_avg
