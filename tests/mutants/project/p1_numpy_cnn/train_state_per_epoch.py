"""A new Adam state every epoch: the moments and the step count start again."""
import numpy as np

TARGETS = ["train_hidden"]
HINT = 'Create the Adam state once, before the first epoch.'


def train(params, x, y, epochs, batch_size=100, lr0=0.001, decay=0.95, seed=0):
    data = np.hstack((np.asarray(x, dtype=float).reshape(len(x), -1), np.asarray(y).reshape(-1, 1)))
    costs = []
    for epoch in range(epochs):
        state = None
        for b, (xb, yb) in enumerate(batches(data, batch_size, seed + epoch)):
            loss, grads = loss_and_grads(params, xb, yb)
            params, state = adam_step(params, grads, state, lr0 * decay ** b)
            costs.append(loss)
    return params, costs
