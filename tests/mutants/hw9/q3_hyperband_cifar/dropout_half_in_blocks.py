"""Dropout(0.5) after every conv block too, the rate the dense layers use."""
TARGETS = ["layers_hidden"]
HINT = (
    "The conv blocks have their own dropout rate, which starts at 0.2 and grows by 0.1 per block; the rate 0.5 "
    "belongs to the dense layers only."
)


def build_model(hp):
    conv_layers = hp.Int("conv_layers", 1, 3)
    filters = hp.Int("filters", 8, 32, step=8)
    dense_layers = hp.Int("dense_layers", 1, 4)
    units = hp.Int("units", 128, 256, step=64)
    lr = hp.Choice("lr", [1e-4, 5e-4, 1e-3], default=1e-4, ordered=True)
    optimizer = hp.Choice("optimizer", ["adam", "sgd"])
    model = keras.Sequential([keras.Input((32, 32, 3))])
    for i in range(conv_layers):
        for _ in range(2):
            model.add(keras.layers.Conv2D(filters * 2 ** i, 3, padding="same", activation="relu"))
        model.add(keras.layers.MaxPooling2D(2))
        model.add(keras.layers.Dropout(0.5))
    model.add(keras.layers.Flatten())
    for _ in range(dense_layers):
        model.add(keras.layers.Dense(units, activation="relu"))
        model.add(keras.layers.Dropout(0.5))
    model.add(keras.layers.Dense(10, activation="softmax"))
    opt = keras.optimizers.Adam(learning_rate=lr) if optimizer == "adam" else keras.optimizers.SGD(learning_rate=lr)
    model.compile(optimizer=opt, loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
