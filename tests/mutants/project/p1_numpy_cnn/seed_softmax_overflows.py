"""The report's softmax: exp(z) / sum(exp(z)) without subtracting the maximum, so logits in the hundreds overflow to nan."""
import numpy as np

TARGETS = ["dense_softmax_hidden"]
HINT = "Subtract each row's maximum before exp: the softmax is unchanged and exp cannot overflow."


def softmax_cross_entropy(logits, labels):
    z = np.asarray(logits, dtype=float)
    labels = np.asarray(labels).astype(int)
    with np.errstate(all="ignore"):
        p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
        rows = np.arange(len(z))
        loss = float(-np.log(p[rows, labels]).mean())
    grad = p.copy()
    grad[rows, labels] -= 1.0
    return loss, grad / len(z)
