"""The gradient of the cross-entropy loss instead of the class score: the sign flips, the map shows counter-evidence."""
import numpy as np
import tensorflow as tf

TARGETS = ["gradcam_reference_hidden", "gradcam_pointing_hidden"]
HINT = (
    "Differentiate the chosen class score itself, not a loss: the cross-entropy's gradient has the opposite sign, "
    "so the map then shows the evidence against the class."
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
        loss = keras.losses.sparse_categorical_crossentropy(classes, scores, from_logits=True)
    grads = tape.gradient(loss, conv)
    weights = tf.reduce_mean(grads, axis=(1, 2), keepdims=True)
    cams = tf.nn.relu(tf.reduce_sum(weights * conv, axis=-1)).numpy()
    peaks = cams.max(axis=(1, 2), keepdims=True)
    return np.divide(cams, peaks, out=np.zeros_like(cams), where=peaks > 0)
