"""Correct, written differently: PyTorch's conventions for the state (momentum buffer u = beta*u + grad, stepped
by lr*u), Keras's own form of Adam (ε scaled by the bias correction), loops in plain Python for diagnose, costs
as a list."""
import math

import numpy as np


def gd_step(w, grad, lr):
    out = np.array(w, dtype=float, copy=True)
    out -= lr * np.asarray(grad)
    return out


def momentum_step(w, grad, velocity, lr, beta=0.9):
    buf = beta * np.asarray(velocity) + np.asarray(grad)  # PyTorch's buffer: -v / lr for a constant lr
    return np.asarray(w) - lr * buf, buf


def rmsprop_step(w, grad, sq_avg, lr, rho=0.9, eps=1e-7):
    sq = np.asarray(sq_avg) * rho + np.square(grad) * (1 - rho)
    return np.asarray(w) - lr * np.asarray(grad) / np.sqrt(sq + eps), sq


def adam_step(w, grad, m, v, t, lr, beta1=0.9, beta2=0.999, eps=1e-7):
    m = np.asarray(m) + (np.asarray(grad) - np.asarray(m)) * (1 - beta1)
    v = np.asarray(v) + (np.square(grad) - np.asarray(v)) * (1 - beta2)
    alpha = lr * math.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)
    return np.asarray(w) - alpha * m / (np.sqrt(v) + eps), m, v


def diagnose(losses):
    values = [float(x) for x in losses]
    if len(values) < 2:
        raise ValueError("diagnose needs at least two losses")
    if any(math.isnan(x) or math.isinf(x) for x in values) or values[-1] > values[0]:
        return "diverging"
    ups = sum(1 for a, b in zip(values, values[1:]) if b > a)
    if 4 * ups > len(values) - 1:
        return "oscillating"
    if 2 * values[-1] > values[0]:
        return "too slow"
    return "fine"


def minibatch_gd(X, y, lr, batch_size, epochs, seed=0):
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    w = np.zeros(X.shape[1])
    costs = []
    for epoch in range(epochs):
        order = rng.permutation(n)
        batches = [order[i:i + batch_size] for i in range(0, n, batch_size)]
        for idx in batches:
            xb, yb = X[idx], y[idx]
            residual = xb.dot(w) - yb
            costs.append(residual.dot(residual) / len(idx))
            w -= lr * 2.0 * xb.T.dot(residual) / len(idx)
    return w, costs


TRUE_FALSE = (np.True_, np.True_, np.False_, np.False_, np.False_)
