"""Adam with eps under the square root, sqrt(v_hat + eps)."""
import numpy as np

TARGETS = ["optimizers_hidden"]
HINT = 'eps is added after the square root: m_hat / (sqrt(v_hat) + eps).'


def adam_step(params, grads, state, lr, beta1=0.9, beta2=0.999, eps=1e-7):
    if state is None:
        state = {"t": 0, "m": {k: 0.0 for k in params}, "v": {k: 0.0 for k in params}}
    t = state["t"] + 1
    m = {k: beta1 * state["m"][k] + (1 - beta1) * np.asarray(grads[k], dtype=float) for k in params}
    v = {k: beta2 * state["v"][k] + (1 - beta2) * np.asarray(grads[k], dtype=float) ** 2 for k in params}
    new = {k: np.asarray(w, dtype=float) - lr * (m[k] / (1 - beta1 ** t)) / np.sqrt(v[k] / (1 - beta2 ** t) + eps)
           for k, w in params.items()}
    return new, {"t": t, "m": m, "v": v}
