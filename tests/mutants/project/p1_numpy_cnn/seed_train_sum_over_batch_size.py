"""The report's solver: gradients summed over the batch and divided by BATCH_SIZE, wrong for the last, smaller batch."""
import numpy as np

TARGETS = ["train_hidden"]
HINT = 'Average over the images the batch really has: the last batch may be smaller.'


def train(params, x, y, epochs, batch_size=100, lr0=0.001, decay=0.95, seed=0):
    data = np.hstack((np.asarray(x, dtype=float).reshape(len(x), -1), np.asarray(y).reshape(-1, 1)))
    state, costs = None, []
    for epoch in range(epochs):
        for b, (xb, yb) in enumerate(batches(data, batch_size, seed + epoch)):
            loss, grads = loss_and_grads(params, xb, yb)
            share = len(yb) / batch_size
            params, state = adam_step(params, {k: g * share for k, g in grads.items()}, state, lr0 * decay ** b)
            costs.append(loss * share)
    return params, costs
