"""The report's LeakyReLU: np.max(alpha * X, X), whose second argument is an axis (a TypeError)."""
import numpy as np

TARGETS = ["activations_hidden"]
HINT = 'np.max reduces one array; np.maximum compares two elementwise.'


def leaky_relu_forward(x, alpha=0.2):
    x = np.asarray(x, dtype=float)
    return np.max(alpha * x, x)
