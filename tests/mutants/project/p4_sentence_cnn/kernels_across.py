"""Kernels of (1, 3): across the width of 1 instead of along the words (same parameter count)."""
import keras

TARGETS = ["model_hidden"]
HINT = 'The kernel spans three words: (3, 1), rows first.'


def build_model(dim, length=50, filters=64, hidden=128, activation="relu", lr=0.001):
    model = keras.Sequential([
        keras.Input((length, 1, dim)),
        keras.layers.Conv2D(filters, (1, 3), padding="same", activation=activation),
        keras.layers.Conv2D(filters, (1, 3), padding="same", activation=activation),
        keras.layers.MaxPooling2D((2, 1), padding="same"),
        keras.layers.Flatten(),
        keras.layers.Dense(hidden, activation=activation),
        keras.layers.Dense(2, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=lr), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    return model
