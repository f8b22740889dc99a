"""The velocity is never carried over: every step is plain gradient descent."""
import numpy as np

TARGETS = ["steps_hidden"]
HINT = "v <- beta * v - lr * grad keeps a share beta of the previous velocity."


def momentum_step(w, grad, velocity, lr, beta=0.9):
    velocity = -lr * np.asarray(grad, dtype=float)
    return np.asarray(w, dtype=float) + velocity, velocity
