"""The softmax taken over the batch axis (axis 0), as the report's (10, 1) column layout would suggest."""
import numpy as np

TARGETS = ["dense_softmax_hidden", "network_hidden"]
HINT = 'With logits of shape (N, K), each row is one image: normalize over axis 1.'


def softmax_cross_entropy(logits, labels):
    z = np.asarray(logits, dtype=float)
    labels = np.asarray(labels).astype(int)
    z = z - z.max(axis=0, keepdims=True)
    p = np.exp(z) / np.exp(z).sum(axis=0, keepdims=True)
    rows = np.arange(len(z))
    grad = p.copy()
    grad[rows, labels] -= 1.0
    return float(-np.log(p[rows, labels]).mean()), grad / len(z)
