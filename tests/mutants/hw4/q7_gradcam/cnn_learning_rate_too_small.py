"""Adam at 1e-6 instead of 1e-3: eight epochs on the fast subset leave the CNN near chance."""
TARGETS = ["cnn_hidden", "accuracy_hidden"]
HINT = (
    "Compile with Adam at the specified learning rate of 1e-3; a much smaller rate leaves the CNN near chance after"
    " the few training epochs."
)


def build_cnn():
    model = keras.Sequential([
        keras.Input(shape=(28, 28, 1)),
        keras.layers.Conv2D(32, 3, padding="same", activation="relu"), keras.layers.MaxPooling2D(2),
        keras.layers.Conv2D(64, 3, padding="same", activation="relu"), keras.layers.MaxPooling2D(2),
        keras.layers.Conv2D(64, 3, padding="same", activation="relu", name="last_conv_layer"), keras.layers.MaxPooling2D(2),
        keras.layers.Flatten(), keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(1e-6), loss="categorical_crossentropy", metrics=["accuracy"])
    return model
