"""The learning rate decays with the count of all batches so far, not restarting each epoch."""
import numpy as np

TARGETS = ["train_hidden"]
HINT = "b counts the batches within the epoch: the report's schedule starts again at lr0 every epoch."


def train(params, x, y, epochs, batch_size=100, lr0=0.001, decay=0.95, seed=0):
    data = np.hstack((np.asarray(x, dtype=float).reshape(len(x), -1), np.asarray(y).reshape(-1, 1)))
    state, costs, step = None, [], 0
    for epoch in range(epochs):
        for xb, yb in batches(data, batch_size, seed + epoch):
            loss, grads = loss_and_grads(params, xb, yb)
            params, state = adam_step(params, grads, state, lr0 * decay ** step)
            costs.append(loss)
            step += 1
    return params, costs
