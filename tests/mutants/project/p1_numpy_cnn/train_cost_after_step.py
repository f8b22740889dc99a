"""Records each batch's loss after its step, not before."""
import numpy as np

TARGETS = ["train_hidden"]
HINT = 'The cost of a batch is the loss loss_and_grads returned, before the step.'


def train(params, x, y, epochs, batch_size=100, lr0=0.001, decay=0.95, seed=0):
    data = np.hstack((np.asarray(x, dtype=float).reshape(len(x), -1), np.asarray(y).reshape(-1, 1)))
    state, costs = None, []
    for epoch in range(epochs):
        for b, (xb, yb) in enumerate(batches(data, batch_size, seed + epoch)):
            _, grads = loss_and_grads(params, xb, yb)
            params, state = adam_step(params, grads, state, lr0 * decay ** b)
            costs.append(loss_and_grads(params, xb, yb)[0])
    return params, costs
