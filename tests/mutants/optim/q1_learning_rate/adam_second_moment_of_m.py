"""v tracks m squared instead of the gradient squared."""
import numpy as np

TARGETS = ["adaptive_hidden"]
HINT = "v is the running mean of `grad**2`."


def adam_step(w, grad, m, v, t, lr, beta1=0.9, beta2=0.999, eps=1e-7):
    grad = np.asarray(grad, dtype=float)
    m = beta1 * np.asarray(m, dtype=float) + (1 - beta1) * grad
    v = beta2 * np.asarray(v, dtype=float) + (1 - beta2) * m ** 2
    m_hat, v_hat = m / (1 - beta1 ** t), v / (1 - beta2 ** t)
    return np.asarray(w, dtype=float) - lr * m_hat / (np.sqrt(v_hat) + eps), m, v
