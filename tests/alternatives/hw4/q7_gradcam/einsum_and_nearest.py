"""Different but correct: the batch in one pass with einsum and per-image maxima via np.where, class_index as a
list, and nearest-neighbour upsampling by index arithmetic."""
import numpy as np
import tensorflow as tf


def grad_cam(model, images, layer_name="last_conv_layer", class_index=None):
    x = tf.constant(np.asarray(images), dtype=tf.float32)
    two_heads = keras.Model(inputs=model.inputs[0], outputs=[model.get_layer(layer_name).output, model.outputs[0]])
    with tf.GradientTape() as tape:
        A, y = two_heads(x)
        if class_index is None:
            chosen = np.argmax(y.numpy(), axis=1)
        elif np.ndim(class_index) == 0:
            chosen = np.full(len(images), int(class_index))
        else:
            chosen = np.array([int(c) for c in class_index])
        mask = tf.one_hot(chosen, y.shape[-1], dtype=y.dtype)
        total = tf.reduce_sum(y * mask)
    dA = tape.gradient(total, A).numpy()
    alpha = dA.mean(axis=(1, 2))
    cam = np.maximum(np.einsum("nhwk,nk->nhw", A.numpy(), alpha), 0.0)
    top = cam.reshape(len(cam), -1).max(axis=1)
    safe = np.where(top > 0, top, 1.0)
    return np.where(top[:, None, None] > 0, cam / safe[:, None, None], 0.0)


def upsample_heatmap(h, size=(28, 28)):
    h = np.asarray(h)
    rows = (np.arange(size[0]) * h.shape[-2]) // size[0]
    cols = (np.arange(size[1]) * h.shape[-1]) // size[1]
    return h[..., rows, :][..., cols].astype(np.float32)
