"""The gradient divided by the running mean of its square, not by its root."""
import numpy as np

TARGETS = ["adaptive_hidden"]
HINT = "RMSprop divides by the root mean square: sqrt(s + eps)."


def rmsprop_step(w, grad, sq_avg, lr, rho=0.9, eps=1e-7):
    grad = np.asarray(grad, dtype=float)
    sq_avg = rho * np.asarray(sq_avg, dtype=float) + (1 - rho) * grad ** 2
    return np.asarray(w, dtype=float) - lr * grad / (sq_avg + eps), sq_avg
