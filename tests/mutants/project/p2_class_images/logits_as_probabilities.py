"""Treats the logits as probabilities (from_logits=False): a softmax is missing."""
import keras
import numpy as np
import tensorflow as tf

TARGETS = ["gradient_hidden"]
HINT = 'The model returns logits: pass from_logits=True, or apply a softmax first.'


def input_gradient(model, images, labels):
    x = tf.convert_to_tensor(np.asarray(images), dtype=model.inputs[0].dtype)
    with tf.GradientTape() as tape:
        tape.watch(x)
        losses = keras.losses.sparse_categorical_crossentropy(np.asarray(labels), model(x))
        total = tf.reduce_sum(losses)
    return losses.numpy(), tape.gradient(total, x).numpy()
