"""The gradient divided by batch_size, not by the rows in the batch: the short last batch gets too small a step."""
import numpy as np

TARGETS = ["minibatch_hidden"]
HINT = "Divide by the number of rows in this batch: the last one may be shorter."


def minibatch_gd(X, y, lr, batch_size, epochs, seed=0):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    rng = np.random.default_rng(seed)
    w, costs = np.zeros(X.shape[1]), []
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            rows = order[start:start + batch_size]
            error = X[rows] @ w - y[rows]
            costs.append(float(np.mean(error ** 2)))
            w = w - lr * 2 * X[rows].T @ error / batch_size
    return w, np.array(costs)
