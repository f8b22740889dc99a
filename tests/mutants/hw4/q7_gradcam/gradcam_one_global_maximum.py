"""The homework's normalization: every map divided by the largest value of the whole batch."""
import numpy as np
import tensorflow as tf

TARGETS = ["gradcam_shape_hidden", "gradcam_batch_hidden"]
HINT = (
    "Normalize each image's map by its own maximum so that every non-zero map peaks at 1; one maximum over the "
    "whole batch makes a map depend on the other images."
)


def grad_cam(model, images, layer_name="last_conv_layer", class_index=None):
    images = tf.convert_to_tensor(np.asarray(images, dtype=np.float32))
    features = keras.Model(model.inputs[0], [model.get_layer(layer_name).output, model.outputs[0]])
    with tf.GradientTape() as tape:
        conv, scores = features(images)
        if class_index is None:
            classes = tf.argmax(scores, axis=1)
        else:
            classes = tf.constant(np.broadcast_to(np.asarray(class_index, dtype=np.int64), (images.shape[0],)))
        picked = tf.gather(scores, classes, axis=1, batch_dims=1)
    grads = tape.gradient(picked, conv)
    weights = tf.reduce_mean(grads, axis=(1, 2), keepdims=True)
    cams = tf.nn.relu(tf.reduce_sum(weights * conv, axis=-1)).numpy()
    return cams / max(cams.max(), 1e-12)
