"""Only full batches: the rows left over when batch_size does not divide N are skipped."""
import numpy as np

TARGETS = ["minibatch_hidden"]
HINT = "The last batch of an epoch may be smaller; it still gets its update."


def minibatch_gd(X, y, lr, batch_size, epochs, seed=0):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    rng = np.random.default_rng(seed)
    w, costs = np.zeros(X.shape[1]), []
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y) - batch_size + 1, batch_size):
            rows = order[start:start + batch_size]
            error = X[rows] @ w - y[rows]
            costs.append(float(np.mean(error ** 2)))
            w = w - lr * (2 / len(rows)) * X[rows].T @ error
    return w, np.array(costs)
