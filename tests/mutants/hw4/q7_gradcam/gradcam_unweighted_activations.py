"""The mean over channels of the raw activations, without gradient weights: not class-specific at all."""
import numpy as np
import tensorflow as tf

TARGETS = ["gradcam_class_hidden", "gradcam_reference_hidden"]
HINT = (
    "Grad-CAM weights each channel of the activations by the class score's gradient averaged over positions; a "
    "plain mean over channels ignores the class."
)


def grad_cam(model, images, layer_name="last_conv_layer", class_index=None):
    images = tf.convert_to_tensor(np.asarray(images, dtype=np.float32))
    features = keras.Model(model.inputs[0], model.get_layer(layer_name).output)
    cams = tf.nn.relu(tf.reduce_mean(features(images), axis=-1)).numpy()
    peaks = cams.max(axis=(1, 2), keepdims=True)
    return np.divide(cams, peaks, out=np.zeros_like(cams), where=peaks > 0)
