"""Convolutions without padding="same": 28 -> 26 -> 13 -> 11 -> 5 -> 3 -> 1; 65,354 parameters instead of 130,890."""
TARGETS = ["cnn_hidden"]
HINT = (
    "Every Conv2D needs padding='same' so the convolutions keep the spatial size; without it the maps shrink and "
    "the parameter count no longer matches 130,890."
)


def build_cnn():
    model = keras.Sequential([
        keras.Input(shape=(28, 28, 1)),
        keras.layers.Conv2D(32, 3, activation="relu"), keras.layers.MaxPooling2D(2),
        keras.layers.Conv2D(64, 3, activation="relu"), keras.layers.MaxPooling2D(2),
        keras.layers.Conv2D(64, 3, activation="relu", name="last_conv_layer"), keras.layers.MaxPooling2D(2),
        keras.layers.Flatten(), keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="categorical_crossentropy", metrics=["accuracy"])
    return model
