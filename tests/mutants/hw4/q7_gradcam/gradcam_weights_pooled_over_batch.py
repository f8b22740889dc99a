"""The homework's weights: K.mean(grads, axis=(0, 1, 2)), one set of channel weights for the whole batch."""
import numpy as np
import tensorflow as tf

TARGETS = ["gradcam_batch_hidden", "gradcam_reference_hidden"]
HINT = (
    "Average the gradients over each image's own spatial positions only, one set of channel weights per image; "
    "averaging over the batch axis too lets other images change a map."
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
    weights = tf.reduce_mean(grads, axis=(0, 1, 2))
    cams = tf.nn.relu(tf.reduce_sum(weights * conv, axis=-1)).numpy()
    peaks = cams.max(axis=(1, 2), keepdims=True)
    return np.divide(cams, peaks, out=np.zeros_like(cams), where=peaks > 0)
