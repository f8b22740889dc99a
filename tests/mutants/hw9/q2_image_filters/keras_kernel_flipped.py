"""The kernel rotated by 180 degrees first, 'because a convolution flips it': a true convolution, not Conv2D's."""
import numpy as np
import keras

TARGETS = ["keras_filter_hidden"]
HINT = (
    "Conv2D computes a cross-correlation: give the kernel to set_weights as it is, without rotating it by 180 "
    "degrees."
)


def keras_filter(image, kernel):
    image = np.asarray(image, dtype=np.float32)
    kernel = np.asarray(kernel, dtype=np.float32)[::-1, ::-1]
    inputs = keras.Input(shape=(image.shape[0], image.shape[1], 1))
    conv = keras.layers.Conv2D(1, (3, 3), padding="same", use_bias=False)
    model = keras.Model(inputs, conv(inputs))
    conv.set_weights([kernel.reshape(3, 3, 1, 1)])
    return model.predict(image[np.newaxis, :, :, np.newaxis], verbose=0)[0, :, :, 0]
