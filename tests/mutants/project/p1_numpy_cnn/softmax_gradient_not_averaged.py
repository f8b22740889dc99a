"""The loss is the batch mean but its gradient is not divided by N."""
import numpy as np

TARGETS = ["dense_softmax_hidden", "network_hidden"]
HINT = 'The loss averages over N images, so its gradient carries 1/N.'


def softmax_cross_entropy(logits, labels):
    z = np.asarray(logits, dtype=float)
    labels = np.asarray(labels).astype(int)
    z = z - z.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    rows = np.arange(len(z))
    grad = np.exp(log_p)
    grad[rows, labels] -= 1.0
    return float(-log_p[rows, labels].mean()), grad
