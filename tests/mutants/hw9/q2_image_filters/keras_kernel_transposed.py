"""The kernel transposed on its way into the layer: Sobel-x acts as Sobel-y."""
import numpy as np
import keras

TARGETS = ["keras_filter_hidden"]
HINT = (
    "In a Conv2D kernel the first axis is the kernel height (rows) and the second its width (columns); keep the "
    "kernel's rows as rows when you reshape it."
)


def keras_filter(image, kernel):
    image = np.asarray(image, dtype=np.float32)
    kernel = np.asarray(kernel, dtype=np.float32)
    inputs = keras.Input(shape=(image.shape[0], image.shape[1], 1))
    conv = keras.layers.Conv2D(1, (3, 3), padding="same", use_bias=False)
    model = keras.Model(inputs, conv(inputs))
    conv.set_weights([kernel.T.reshape(3, 3, 1, 1)])
    return model.predict(image[np.newaxis, :, :, np.newaxis], verbose=0)[0, :, :, 0]
