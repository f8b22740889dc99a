"""beta and 1 - beta swapped: v <- (1 - beta) * v - lr * grad."""
import numpy as np

TARGETS = ["steps_hidden"]
HINT = "beta (0.9) is the share of the old velocity that is kept."


def momentum_step(w, grad, velocity, lr, beta=0.9):
    velocity = (1 - beta) * np.asarray(velocity, dtype=float) - lr * np.asarray(grad, dtype=float)
    return np.asarray(w, dtype=float) + velocity, velocity
