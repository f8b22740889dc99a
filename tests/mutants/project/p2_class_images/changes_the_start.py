"""Updates the caller's start images in place."""
import numpy as np

TARGETS = ["synthesize_hidden"]
HINT = 'Copy start (np.array(start, dtype=float)) before changing it.'


def synthesize(model, labels, start, steps=100, lr=0.05, low=0.0, high=1.0):
    x = start
    m, v, history = np.zeros(x.shape), np.zeros(x.shape), []
    for t in range(1, steps + 1):
        losses, g = input_gradient(model, x, labels)
        history.append(losses)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        x -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-7)
        np.clip(x, low, high, out=x)
    return x, np.array(history).reshape(steps, len(x))
