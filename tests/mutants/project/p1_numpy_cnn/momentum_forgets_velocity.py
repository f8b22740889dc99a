"""The velocity is rebuilt from 0 at every call: plain gradient descent."""
import numpy as np

TARGETS = ["optimizers_hidden"]
HINT = 'Return the velocity as the state, and start from it at the next call.'


def momentum_step(params, grads, state, lr, gamma=0.9):
    velocity = {k: lr * np.asarray(grads[k], dtype=float) for k in params}
    return {k: np.asarray(w, dtype=float) - velocity[k] for k, w in params.items()}, state
