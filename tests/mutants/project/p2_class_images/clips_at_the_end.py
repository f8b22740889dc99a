"""Clips once, after the last step: the path in between leaves the valid range."""
import numpy as np

TARGETS = ["synthesize_hidden"]
HINT = 'Clip after every step, so that every gradient is taken at a valid image.'


def synthesize(model, labels, start, steps=100, lr=0.05, low=0.0, high=1.0):
    x = np.array(start, dtype=float)
    m, v, history = np.zeros_like(x), np.zeros_like(x), []
    for t in range(1, steps + 1):
        losses, g = input_gradient(model, x, labels)
        history.append(losses)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        x = x - lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-7)
    return np.clip(x, low, high), np.array(history).reshape(steps, len(x))
