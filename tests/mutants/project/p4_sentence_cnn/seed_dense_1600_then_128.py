"""The report's 'two FC layers with 1600 and 128 neurons' read as Dense(1600) then Dense(128)."""
import keras

TARGETS = ["model_hidden"]
HINT = '1,600 is the flattened size, not a layer: one Dense(hidden) after Flatten, then the output.'


def build_model(dim, length=50, filters=64, hidden=128, activation="relu", lr=0.001):
    model = keras.Sequential([
        keras.Input((length, 1, dim)),
        keras.layers.Conv2D(filters, (3, 1), padding="same", activation=activation),
        keras.layers.Conv2D(filters, (3, 1), padding="same", activation=activation),
        keras.layers.MaxPooling2D((2, 1), padding="same"),
        keras.layers.Flatten(),
        keras.layers.Dense(1600, activation=activation),
        keras.layers.Dense(hidden, activation=activation),
        keras.layers.Dense(2, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=lr), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    return model
