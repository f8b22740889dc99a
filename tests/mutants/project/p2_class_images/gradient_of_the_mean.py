"""The gradient of the batch's mean loss: each image's gradient shrinks with the batch size."""
import keras
import numpy as np
import tensorflow as tf

TARGETS = ["gradient_hidden"]
HINT = "Differentiate the sum of the losses, so that each image's gradient does not depend on the others."


def input_gradient(model, images, labels):
    x = tf.convert_to_tensor(np.asarray(images), dtype=model.inputs[0].dtype)
    with tf.GradientTape() as tape:
        tape.watch(x)
        losses = keras.losses.sparse_categorical_crossentropy(np.asarray(labels), model(x), from_logits=True)
        total = tf.reduce_mean(losses)
    return losses.numpy(), tape.gradient(total, x).numpy()
