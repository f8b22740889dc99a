"""class_index accepted but ignored: always the predicted class."""
import numpy as np
import tensorflow as tf

TARGETS = ["gradcam_class_hidden"]
HINT = (
    "grad_cam must honour class_index: None explains each image's predicted class, an int explains that class for "
    "every image, and a sequence gives one class per image."
)


def grad_cam(model, images, layer_name="last_conv_layer", class_index=None):
    images = tf.convert_to_tensor(np.asarray(images, dtype=np.float32))
    features = keras.Model(model.inputs[0], [model.get_layer(layer_name).output, model.outputs[0]])
    with tf.GradientTape() as tape:
        conv, scores = features(images)
        picked = tf.gather(scores, tf.argmax(scores, axis=1), axis=1, batch_dims=1)
    grads = tape.gradient(picked, conv)
    weights = tf.reduce_mean(grads, axis=(1, 2), keepdims=True)
    cams = tf.nn.relu(tf.reduce_sum(weights * conv, axis=-1)).numpy()
    peaks = cams.max(axis=(1, 2), keepdims=True)
    return np.divide(cams, peaks, out=np.zeros_like(cams), where=peaks > 0)
