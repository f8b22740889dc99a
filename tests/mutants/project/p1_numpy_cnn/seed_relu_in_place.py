"""The report's ReLU: X[X <= 0] = 0 on the argument itself, which changes the caller's array."""
import numpy as np

TARGETS = ["activations_hidden"]
HINT = 'Return a new array (np.maximum(x, 0)); the backward pass needs the original x.'


def relu_forward(x):
    x[x <= 0] = 0
    return x
