"""Correct, written differently: the images as a float32 tf.Variable, Keras's own Adam, clipping by assign."""
import keras
import numpy as np
import tensorflow as tf


def input_gradient(model, images, labels):
    x = tf.Variable(np.asarray(images, dtype="float32"))
    with tf.GradientTape() as tape:
        logits = tf.cast(model(x), tf.float32)
        losses = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=np.asarray(labels, dtype="int64"), logits=logits)
    return losses.numpy(), tape.gradient(losses, x).numpy()


def synthesize(model, labels, start, steps=100, lr=0.05, low=0.0, high=1.0):
    x = tf.Variable(np.asarray(start, dtype="float32"))
    opt = keras.optimizers.Adam(learning_rate=lr, beta_1=0.9, beta_2=0.999, epsilon=1e-7)
    rows = []
    for _ in range(steps):
        losses, g = input_gradient(model, x.numpy(), labels)
        rows.append(losses)
        opt.apply_gradients([(tf.constant(g), x)])
        x.assign(tf.clip_by_value(x, low, high))
    return x.numpy(), np.stack(rows)
