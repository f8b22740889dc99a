"""LeakyReLU's backward pass with slope 1 - alpha on the negative side."""
import numpy as np

TARGETS = ["activations_hidden"]
HINT = 'The negative side of max(alpha x, x) has slope alpha.'


def leaky_relu_backward(dout, x, alpha=0.2):
    return np.asarray(dout, dtype=float) * np.where(np.asarray(x) > 0, 1.0, 1.0 - alpha)
