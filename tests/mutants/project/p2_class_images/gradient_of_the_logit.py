"""Descends the negative target logit instead of the cross-entropy: the other classes' logits are ignored."""
import keras
import numpy as np
import tensorflow as tf

TARGETS = ["gradient_hidden"]
HINT = 'The loss is -log softmax(z)[label]: it also pushes the other logits down.'


def input_gradient(model, images, labels):
    x = tf.convert_to_tensor(np.asarray(images), dtype=model.inputs[0].dtype)
    with tf.GradientTape() as tape:
        tape.watch(x)
        losses = -tf.gather(model(x), np.asarray(labels), axis=1, batch_dims=1)
        total = tf.reduce_sum(losses)
    return losses.numpy(), tape.gradient(total, x).numpy()
