"""Correct, written differently: log-softmax by hand on the tape, one image at a time, Adam's moments in a dict
and the bias correction folded into the step."""
import numpy as np
import tensorflow as tf


def input_gradient(model, images, labels):
    images = np.asarray(images)
    losses, grads = [], []
    for img, label in zip(images, np.asarray(labels)):
        x = tf.constant(img[None], dtype=model.inputs[0].dtype)
        with tf.GradientTape() as tape:
            tape.watch(x)
            z = model(x)[0]
            loss = tf.reduce_logsumexp(z) - z[int(label)]
        losses.append(float(loss))
        grads.append(tape.gradient(loss, x).numpy()[0])
    return np.array(losses), np.array(grads)


def synthesize(model, labels, start, steps=100, lr=0.05, low=0.0, high=1.0):
    state = {"x": np.copy(np.asarray(start, dtype=np.float64)), "m": 0.0, "v": 0.0}
    losses = np.empty((steps, len(state["x"])))
    for t in range(steps):
        losses[t], g = input_gradient(model, state["x"], labels)
        state["m"] = 0.9 * state["m"] + 0.1 * g
        state["v"] = 0.999 * state["v"] + 0.001 * np.square(g)
        m_hat = state["m"] / (1.0 - 0.9 ** (t + 1))
        v_hat = state["v"] / (1.0 - 0.999 ** (t + 1))
        state["x"] = np.minimum(np.maximum(state["x"] - lr * m_hat / (np.sqrt(v_hat) + 1e-7), low), high)
    return state["x"], losses
