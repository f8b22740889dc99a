"""The output clipped to the 8-bit range as cv2.filter2D does on a uint8 image: negative edges vanish."""
import numpy as np
import keras

TARGETS = ["keras_filter_hidden"]
HINT = (
    "keras_filter returns Conv2D's output as it is: negative edge responses are part of the result, so do not "
    "clip it to an image range."
)


def keras_filter(image, kernel):
    image = np.asarray(image, dtype=np.float32)
    kernel = np.asarray(kernel, dtype=np.float32)
    inputs = keras.Input(shape=(image.shape[0], image.shape[1], 1))
    conv = keras.layers.Conv2D(1, (3, 3), padding="same", use_bias=False)
    model = keras.Model(inputs, conv(inputs))
    conv.set_weights([kernel.reshape(3, 3, 1, 1)])
    out = model.predict(image[np.newaxis, :, :, np.newaxis], verbose=0)[0, :, :, 0]
    return np.clip(out, 0, 255)
