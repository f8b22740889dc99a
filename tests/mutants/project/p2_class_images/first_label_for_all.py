"""Uses the first label for every image of the batch."""
import keras
import numpy as np
import tensorflow as tf

TARGETS = ["gradient_hidden"]
HINT = 'Each image has its own target: labels[i] for image i.'


def input_gradient(model, images, labels):
    x = tf.convert_to_tensor(np.asarray(images), dtype=model.inputs[0].dtype)
    with tf.GradientTape() as tape:
        tape.watch(x)
        losses = keras.losses.sparse_categorical_crossentropy(np.full(len(np.asarray(labels)), np.asarray(labels)[0]), model(x), from_logits=True)
        total = tf.reduce_sum(losses)
    return losses.numpy(), tape.gradient(total, x).numpy()
