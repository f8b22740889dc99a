"""Uses ReLU in the dense layer whatever `activation` says, so the linear run is not linear."""
import keras

TARGETS = ["model_hidden"]
HINT = 'Pass activation=activation to every Conv2D and to the hidden Dense layer.'


def build_model(dim, length=50, filters=64, hidden=128, activation="relu", lr=0.001):
    model = keras.Sequential([
        keras.Input((length, 1, dim)),
        keras.layers.Conv2D(filters, (3, 1), padding="same", activation=activation),
        keras.layers.Conv2D(filters, (3, 1), padding="same", activation=activation),
        keras.layers.MaxPooling2D((2, 1), padding="same"),
        keras.layers.Flatten(),
        keras.layers.Dense(hidden, activation="relu"),
        keras.layers.Dense(2, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=lr), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    return model
