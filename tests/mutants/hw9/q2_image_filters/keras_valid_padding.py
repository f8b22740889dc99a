"""Conv2D's default padding ("valid"): the output loses a pixel on every side."""
import numpy as np
import keras

TARGETS = ["keras_filter_hidden"]
HINT = (
    "Conv2D's default padding is 'valid', which shrinks the output; the task asks for padding='same' so that the "
    "output keeps the image's size."
)


def keras_filter(image, kernel):
    image = np.asarray(image, dtype=np.float32)
    kernel = np.asarray(kernel, dtype=np.float32)
    inputs = keras.Input(shape=(image.shape[0], image.shape[1], 1))
    conv = keras.layers.Conv2D(1, (3, 3), use_bias=False)
    model = keras.Model(inputs, conv(inputs))
    conv.set_weights([kernel.reshape(3, 3, 1, 1)])
    return model.predict(image[np.newaxis, :, :, np.newaxis], verbose=0)[0, :, :, 0]
