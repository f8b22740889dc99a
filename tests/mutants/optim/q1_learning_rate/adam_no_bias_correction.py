"""Adam without the bias correction: the first steps are too short (by 1 - beta1 over sqrt(1 - beta2))."""
import numpy as np

TARGETS = ["adaptive_hidden"]
HINT = "m and v start at 0 and are biased towards it: divide by `1 - beta1**t` and `1 - beta2**t`."


def adam_step(w, grad, m, v, t, lr, beta1=0.9, beta2=0.999, eps=1e-7):
    grad = np.asarray(grad, dtype=float)
    m = beta1 * np.asarray(m, dtype=float) + (1 - beta1) * grad
    v = beta2 * np.asarray(v, dtype=float) + (1 - beta2) * grad ** 2
    return np.asarray(w, dtype=float) - lr * m / (np.sqrt(v) + eps), m, v
