"""Each cost measured after its update, on the same batch."""
import numpy as np

TARGETS = ["minibatch_hidden"]
HINT = "Record the batch's cost before the step."


def minibatch_gd(X, y, lr, batch_size, epochs, seed=0):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    rng = np.random.default_rng(seed)
    w, costs = np.zeros(X.shape[1]), []
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            rows = order[start:start + batch_size]
            w = w - lr * (2 / len(rows)) * X[rows].T @ (X[rows] @ w - y[rows])
            costs.append(float(np.mean((X[rows] @ w - y[rows]) ** 2)))
    return w, np.array(costs)
