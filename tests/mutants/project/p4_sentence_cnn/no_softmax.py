"""The last layer has no softmax: it gives logits to a loss that expects probabilities."""
import keras

TARGETS = ["model_hidden"]
HINT = "Dense(2, activation='softmax'): the loss reads the outputs as probabilities."


def build_model(dim, length=50, filters=64, hidden=128, activation="relu", lr=0.001):
    model = keras.Sequential([
        keras.Input((length, 1, dim)),
        keras.layers.Conv2D(filters, (3, 1), padding="same", activation=activation),
        keras.layers.Conv2D(filters, (3, 1), padding="same", activation=activation),
        keras.layers.MaxPooling2D((2, 1), padding="same"),
        keras.layers.Flatten(),
        keras.layers.Dense(hidden, activation=activation),
        keras.layers.Dense(2),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=lr), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    return model
