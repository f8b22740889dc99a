"""Different but correct: RandomState shuffling, a functional CNN with a loss object, Grad-CAM one image at a
time on the score before the softmax (the paper's choice), summed gradients, and scipy's zoom."""
import numpy as np
import tensorflow as tf
from scipy.ndimage import zoom


def shuffle_together(x, y, seed):
    x, y = np.array(x, copy=True), np.array(y, copy=True)
    order = np.random.RandomState(seed).permutation(x.shape[0])
    return x[order], y[order]


def preprocess(x):
    return np.expand_dims(np.divide(x, 255, dtype=np.float32), axis=-1)


def build_cnn():
    inputs = keras.Input(shape=(28, 28, 1))
    h = inputs
    for filters, name in ((32, None), (64, None), (64, "last_conv_layer")):
        h = keras.layers.Conv2D(filters, (3, 3), strides=(1, 1), padding="same", activation="relu", name=name)(h)
        h = keras.layers.MaxPooling2D(pool_size=(2, 2))(h)
    h = keras.layers.Dense(128, activation="relu")(keras.layers.Flatten()(h))
    model = keras.Model(inputs, keras.layers.Dense(10, activation="softmax")(h))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),
                  loss=keras.losses.CategoricalCrossentropy(), metrics=["accuracy"])
    return model


def grad_cam(model, images, layer_name="last_conv_layer", class_index=None):
    last = model.layers[-1]
    softmax_head = isinstance(last, keras.layers.Dense) and last.get_config()["activation"] == "softmax"
    inner = keras.Model(model.inputs[0], [model.get_layer(layer_name).output, last.input if softmax_head else model.outputs[0]])
    images = np.asarray(images, dtype=np.float32)
    classes = [None] * len(images) if class_index is None else list(np.broadcast_to(class_index, (len(images),)))
    maps = []
    for image, c in zip(images, classes):
        with tf.GradientTape() as tape:
            conv, head = inner(image[None])
            scores = keras.ops.matmul(head, last.kernel) + last.bias if softmax_head else head
            c = int(keras.ops.argmax(scores[0])) if c is None else int(c)
            score = scores[0, c]
        grads = tape.gradient(score, conv)[0]
        cam = keras.ops.relu(keras.ops.sum(conv[0] * keras.ops.sum(grads, axis=(0, 1)), axis=-1))
        cam = keras.ops.convert_to_numpy(cam).astype(np.float64)
        maps.append(cam / cam.max() if cam.max() > 0 else np.zeros_like(cam))
    return np.stack(maps)


def upsample_heatmap(h, size=(28, 28)):
    h = np.asarray(h, dtype=np.float64)
    factors = (1,) * (h.ndim - 2) + (size[0] / h.shape[-2], size[1] / h.shape[-1])
    return np.clip(zoom(h, factors, order=1), h.min(), h.max())
