"""keras_filter converts Keras's float32 prediction to Python's float (float64) before returning it."""
import numpy as np
import keras

TARGETS = ["keras_filter_hidden"]
HINT = (
    "keras_filter must return a float32 array: predict already gives float32, and .astype(float) turns it into "
    "float64 (twice the memory, and not what the text asks for)."
)
HIDDEN_ONLY = "the visible checks compare values and shapes, never the dtype"


def keras_filter(image, kernel):
    image = np.asarray(image, dtype=np.float32)
    kernel = np.asarray(kernel, dtype=np.float32)
    inputs = keras.Input(shape=(image.shape[0], image.shape[1], 1))
    conv = keras.layers.Conv2D(1, (3, 3), padding="same", use_bias=False)
    model = keras.Model(inputs, conv(inputs))
    conv.set_weights([kernel.reshape(3, 3, 1, 1)])
    return model.predict(image[np.newaxis, :, :, np.newaxis], verbose=0)[0, :, :, 0].astype(float)
