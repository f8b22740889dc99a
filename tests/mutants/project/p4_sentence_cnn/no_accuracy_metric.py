"""Compiles without metrics=["accuracy"]: the training cell cannot read the accuracy."""
import keras

TARGETS = ["model_hidden"]
HINT = 'Pass metrics=["accuracy"] to compile.'


def build_model(dim, length=50, filters=64, hidden=128, activation="relu", lr=0.001):
    model = keras.Sequential([
        keras.Input((length, 1, dim)),
        keras.layers.Conv2D(filters, (3, 1), padding="same", activation=activation),
        keras.layers.Conv2D(filters, (3, 1), padding="same", activation=activation),
        keras.layers.MaxPooling2D((2, 1), padding="same"),
        keras.layers.Flatten(),
        keras.layers.Dense(hidden, activation=activation),
        keras.layers.Dense(2, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=lr), loss="sparse_categorical_crossentropy")
    return model
