"""The report's adamGD: m / (1 - beta1) and v / (1 - beta2), without the power t."""
import numpy as np

TARGETS = ["optimizers_hidden", "train_hidden"]
HINT = 'Count the steps: m_hat = m / (1 - beta1^t), v_hat = v / (1 - beta2^t).'


def adam_step(params, grads, state, lr, beta1=0.9, beta2=0.999, eps=1e-7):
    if state is None:
        state = {"m": {k: 0.0 for k in params}, "v": {k: 0.0 for k in params}}
    m = {k: beta1 * state["m"][k] + (1 - beta1) * np.asarray(grads[k], dtype=float) for k in params}
    v = {k: beta2 * state["v"][k] + (1 - beta2) * np.asarray(grads[k], dtype=float) ** 2 for k in params}
    new = {k: np.asarray(w, dtype=float) - lr * (m[k] / (1 - beta1)) / (np.sqrt(v[k] / (1 - beta2)) + eps)
           for k, w in params.items()}
    return new, {"m": m, "v": v}
