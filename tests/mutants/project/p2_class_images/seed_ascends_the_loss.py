"""The report's sign: the Adam step is added to the image, which climbs the target's cross-entropy."""
import numpy as np

TARGETS = ["synthesize_hidden"]
HINT = 'To lower the loss, subtract the step: x - lr * m_hat / (sqrt(v_hat) + eps).'


def synthesize(model, labels, start, steps=100, lr=0.05, low=0.0, high=1.0):
    x = np.array(start, dtype=float)
    m, v, history = np.zeros_like(x), np.zeros_like(x), []
    for t in range(1, steps + 1):
        losses, g = input_gradient(model, x, labels)
        history.append(losses)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        x = np.clip(x + lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-7), low, high)
    return x, np.array(history).reshape(steps, len(x))
