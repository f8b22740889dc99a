"""Records each step's losses after the update, not before it."""
import numpy as np

TARGETS = ["synthesize_hidden"]
HINT = 'Row t holds the losses input_gradient returned at the start of step t + 1.'


def synthesize(model, labels, start, steps=100, lr=0.05, low=0.0, high=1.0):
    x = np.array(start, dtype=float)
    m, v, history = np.zeros_like(x), np.zeros_like(x), []
    for t in range(1, steps + 1):
        _, g = input_gradient(model, x, labels)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        x = np.clip(x - lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-7), low, high)
        history.append(input_gradient(model, x, labels)[0])
    return x, np.array(history).reshape(steps, len(x))
