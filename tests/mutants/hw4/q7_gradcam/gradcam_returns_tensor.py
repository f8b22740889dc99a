"""grad_cam computed right but returned as the tf.Tensor the last TensorFlow op gives, never converted to NumPy
(found by review: the hidden tests wrapped every result in np.asarray, which accepts a tensor)."""
import numpy as np
import tensorflow as tf

TARGETS = ["gradcam_shape_hidden"]
HINT = (
    "grad_cam must return a NumPy array, as the text says, not a tf.Tensor: convert the result of the last "
    "TensorFlow operation (tensor.numpy() or np.asarray) before returning it."
)
HIDDEN_ONLY = "the visible checks wrap grad_cam's result in np.asarray, which accepts a tensor"


def grad_cam(model, images, layer_name="last_conv_layer", class_index=None):
    images = tf.convert_to_tensor(np.asarray(images, dtype=np.float32))
    n = images.shape[0]
    features = keras.Model(model.inputs[0], [model.get_layer(layer_name).output, model.outputs[0]])
    with tf.GradientTape() as tape:
        conv, scores = features(images)
        if class_index is None:
            classes = tf.argmax(scores, axis=1)
        else:
            classes = tf.constant(np.broadcast_to(np.asarray(class_index, dtype=np.int64), (n,)))
        picked = tf.gather(scores, classes, axis=1, batch_dims=1)
    grads = tape.gradient(picked, conv)
    weights = tf.reduce_mean(grads, axis=(1, 2), keepdims=True)
    cams = tf.nn.relu(tf.reduce_sum(weights * conv, axis=-1))
    peaks = tf.reduce_max(cams, axis=(1, 2), keepdims=True)
    return tf.math.divide_no_nan(cams, peaks)
