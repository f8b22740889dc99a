"""Correct, written differently: ufuncs and incremental averages, diagnose with NumPy masks and a mean of the
rises, mini-batches by np.split at multiples of batch_size."""
import numpy as np


def gd_step(w, grad, lr):
    return np.subtract(w, np.multiply(lr, grad))


def momentum_step(w, grad, velocity, lr, beta=0.9):
    new_velocity = np.multiply(beta, velocity) - np.multiply(lr, grad)
    return np.add(w, new_velocity), new_velocity


def rmsprop_step(w, grad, sq_avg, lr, rho=0.9, eps=1e-7):
    g = np.asarray(grad, dtype=np.float64)
    s = np.asarray(sq_avg, dtype=np.float64)
    s = s + (1.0 - rho) * (g * g - s)
    return w - lr * g * (s + eps) ** -0.5, s


def adam_step(w, grad, m, v, t, lr, beta1=0.9, beta2=0.999, eps=1e-7):
    g = np.asarray(grad, dtype=np.float64)
    m1 = beta1 * m + (1.0 - beta1) * g
    v1 = beta2 * v + (1.0 - beta2) * g * g
    step = lr * (m1 / (1.0 - beta1 ** t)) / (np.sqrt(v1 / (1.0 - beta2 ** t)) + eps)
    return w - step, m1, v1


def diagnose(losses):
    arr = np.array(losses, dtype=np.float64).ravel()
    if len(arr) < 2:
        raise ValueError("at least two losses are needed")
    if (~np.isfinite(arr)).any() or arr[-1] > arr[0]:
        return "diverging"
    rises = (arr[1:] > arr[:-1]).mean()
    if rises > 0.25:
        return "oscillating"
    return "too slow" if arr[-1] > 0.5 * arr[0] else "fine"


def minibatch_gd(X, y, lr, batch_size, epochs, seed=0):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    generator = np.random.default_rng(seed)
    w = np.zeros(X.shape[1])
    costs = np.empty(0)
    cuts = np.arange(batch_size, len(y), batch_size)
    for _ in range(epochs):
        for rows in np.split(generator.permutation(len(y)), cuts):
            r = X[rows] @ w - y[rows]
            costs = np.append(costs, np.mean(r ** 2))
            w = w - lr * (2.0 / rows.size) * (X[rows].T @ r)
    return w, costs


TRUE_FALSE = [True, True, False, False, False]
