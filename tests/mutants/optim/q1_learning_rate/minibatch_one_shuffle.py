"""One permutation drawn before training and reused every epoch."""
import numpy as np

TARGETS = ["minibatch_hidden"]
HINT = "Draw a new order at the start of every epoch."


def minibatch_gd(X, y, lr, batch_size, epochs, seed=0):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    order = np.random.default_rng(seed).permutation(len(y))
    w, costs = np.zeros(X.shape[1]), []
    for _ in range(epochs):
        for start in range(0, len(y), batch_size):
            rows = order[start:start + batch_size]
            error = X[rows] @ w - y[rows]
            costs.append(float(np.mean(error ** 2)))
            w = w - lr * (2 / len(rows)) * X[rows].T @ error
    return w, np.array(costs)
