"""build_cnn compiled without the "accuracy" metric (found by review: cnn_hidden checked the optimizer and the
loss, not the metrics)."""
TARGETS = ["cnn_hidden"]
HINT = (
    "build_cnn must compile the model with metrics=[\"accuracy\"] as well as the optimizer and the loss: without it "
    "Keras reports only the loss, and the training cell has no accuracy to print or plot."
)
HIDDEN_ONLY = ("no read-only check looks at the metrics; the training cell (not a check) stops with a TypeError when it "
               "unpacks evaluate()'s loss and accuracy, which names no function")


def build_cnn():
    model = keras.Sequential([
        keras.Input(shape=(28, 28, 1)),
        keras.layers.Conv2D(32, 3, padding="same", activation="relu"),
        keras.layers.MaxPooling2D(2),
        keras.layers.Conv2D(64, 3, padding="same", activation="relu"),
        keras.layers.MaxPooling2D(2),
        keras.layers.Conv2D(64, 3, padding="same", activation="relu", name="last_conv_layer"),
        keras.layers.MaxPooling2D(2),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-3), loss="categorical_crossentropy")
    return model
