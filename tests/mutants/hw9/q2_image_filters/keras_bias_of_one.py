"""Kept Conv2D's bias and set it to 1 (set_weights wanted two arrays): every pixel is shifted by 1."""
import numpy as np
import keras

TARGETS = ["keras_filter_hidden"]
HINT = (
    "The layer should have no bias (use_bias=False), so that set_weights takes the kernel alone; a bias shifts "
    "every output pixel."
)


def keras_filter(image, kernel):
    image = np.asarray(image, dtype=np.float32)
    kernel = np.asarray(kernel, dtype=np.float32)
    inputs = keras.Input(shape=(image.shape[0], image.shape[1], 1))
    conv = keras.layers.Conv2D(1, (3, 3), padding="same")
    model = keras.Model(inputs, conv(inputs))
    conv.set_weights([kernel.reshape(3, 3, 1, 1), np.ones(1, dtype=np.float32)])
    return model.predict(image[np.newaxis, :, :, np.newaxis], verbose=0)[0, :, :, 0]
