"""Gradient descent on the image, x -= lr * g, instead of Adam."""
import numpy as np

TARGETS = ["synthesize_hidden"]
HINT = 'The text asks for Adam: keep the moving averages m and v and correct their bias.'


def synthesize(model, labels, start, steps=100, lr=0.05, low=0.0, high=1.0):
    x = np.array(start, dtype=float)
    history = []
    for t in range(1, steps + 1):
        losses, g = input_gradient(model, x, labels)
        history.append(losses)
        x = np.clip(x - lr * g, low, high)
    return x, np.array(history).reshape(steps, len(x))
