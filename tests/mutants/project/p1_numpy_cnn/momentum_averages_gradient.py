"""Momentum as an average, v = gamma v + (1 - gamma) lr g: steps 10 times shorter than the report's and Keras's form."""
import numpy as np

TARGETS = ["optimizers_hidden"]
HINT = 'v = gamma * v + lr * g, with no (1 - gamma) factor.'


def momentum_step(params, grads, state, lr, gamma=0.9):
    velocity = {k: 0.0 for k in params} if state is None else state
    velocity = {k: gamma * velocity[k] + (1 - gamma) * lr * np.asarray(grads[k], dtype=float) for k in params}
    return {k: np.asarray(w, dtype=float) - velocity[k] for k, w in params.items()}, velocity
