"""relu_backward passes the gradient where x == 0 (x >= 0), unlike TensorFlow."""
import numpy as np

TARGETS = ["activations_hidden"]
HINT = "At x = 0 use the negative side's slope: 0 for ReLU."


def relu_backward(dout, x):
    return np.asarray(dout, dtype=float) * (np.asarray(x) >= 0)
