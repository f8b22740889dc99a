"""The report's loop hard-coded label = 9, whatever class was asked for."""
import keras
import numpy as np
import tensorflow as tf

TARGETS = ["gradient_hidden", "synthesize_hidden"]
HINT = 'Use labels[i] for image i.'


def input_gradient(model, images, labels):
    x = tf.convert_to_tensor(np.asarray(images), dtype=model.inputs[0].dtype)
    with tf.GradientTape() as tape:
        tape.watch(x)
        losses = keras.losses.sparse_categorical_crossentropy(np.full(len(np.asarray(labels)), 9), model(x), from_logits=True)
        total = tf.reduce_sum(losses)
    return losses.numpy(), tape.gradient(total, x).numpy()
