"""The third pooling forgotten: Flatten passes 7 x 7 x 64 = 3,136 values; 458,570 parameters."""
TARGETS = ["cnn_hidden"]
HINT = (
    "Check the stack against the table: the third Conv2D is followed by a third 2x2 MaxPooling2D, so Flatten "
    "receives 576 values, not 3,136."
)


def build_cnn():
    model = keras.Sequential([
        keras.Input(shape=(28, 28, 1)),
        keras.layers.Conv2D(32, 3, padding="same", activation="relu"), keras.layers.MaxPooling2D(2),
        keras.layers.Conv2D(64, 3, padding="same", activation="relu"), keras.layers.MaxPooling2D(2),
        keras.layers.Conv2D(64, 3, padding="same", activation="relu", name="last_conv_layer"),
        keras.layers.Flatten(), keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="categorical_crossentropy", metrics=["accuracy"])
    return model
