"""The report's function_builder default alpha = 1: LeakyReLU becomes the identity."""
import numpy as np

TARGETS = ["activations_hidden"]
HINT = 'The default slope is 0.2, as in the GAN of Part 3.'


def leaky_relu_forward(x, alpha=1):
    x = np.asarray(x, dtype=float)
    return np.maximum(alpha * x, x)


def leaky_relu_backward(dout, x, alpha=1):
    return np.asarray(dout, dtype=float) * np.where(np.asarray(x) > 0, 1.0, alpha)
