"""The report's Adam on the image: m / (1 - beta1) and v / (1 - beta2), without the power t."""
import numpy as np

TARGETS = ["synthesize_hidden"]
HINT = 'Divide by 1 - 0.9^t and 1 - 0.999^t, with t the step count from 1.'


def synthesize(model, labels, start, steps=100, lr=0.05, low=0.0, high=1.0):
    x = np.array(start, dtype=float)
    m, v, history = np.zeros_like(x), np.zeros_like(x), []
    for t in range(1, steps + 1):
        losses, g = input_gradient(model, x, labels)
        history.append(losses)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        x = np.clip(x - lr * (m / (1 - 0.9)) / (np.sqrt(v / (1 - 0.999)) + 1e-7), low, high)
    return x, np.array(history).reshape(steps, len(x))
