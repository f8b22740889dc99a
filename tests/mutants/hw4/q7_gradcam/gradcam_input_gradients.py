"""Gradients taken with respect to the input image instead of the convolution output (a saliency map)."""
import numpy as np
import tensorflow as tf

TARGETS = ["gradcam_shape_hidden"]
HINT = (
    "Take the gradient of the class score with respect to the output of the layer named layer_name, not the input "
    "image; the map must have that layer's spatial size."
)


def grad_cam(model, images, layer_name="last_conv_layer", class_index=None):
    images = tf.convert_to_tensor(np.asarray(images, dtype=np.float32))
    with tf.GradientTape() as tape:
        tape.watch(images)
        scores = model(images)
        if class_index is None:
            classes = tf.argmax(scores, axis=1)
        else:
            classes = tf.constant(np.broadcast_to(np.asarray(class_index, dtype=np.int64), (images.shape[0],)))
        picked = tf.gather(scores, classes, axis=1, batch_dims=1)
    grads = tape.gradient(picked, images)
    cams = tf.nn.relu(tf.reduce_sum(grads * images, axis=-1)).numpy()
    peaks = cams.max(axis=(1, 2), keepdims=True)
    return np.divide(cams, peaks, out=np.zeros_like(cams), where=peaks > 0)
