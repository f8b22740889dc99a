"""The report's "batch gradient descent" (seed 002, line 112): for n = 1..N, w <- w - lr * dE_n/dw, one sample
at a time, whatever the batch size."""
import numpy as np

TARGETS = ["minibatch_hidden"]
HINT = "A batch update averages the gradient over all the batch's rows, then takes one step."


def minibatch_gd(X, y, lr, batch_size, epochs, seed=0):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    rng = np.random.default_rng(seed)
    w, costs = np.zeros(X.shape[1]), []
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            rows = order[start:start + batch_size]
            costs.append(float(np.mean((X[rows] @ w - y[rows]) ** 2)))
            for n in rows:
                w = w - lr * 2 * X[n] * (X[n] @ w - y[n])
    return w, np.array(costs)
