"""A filters_i and units_i per layer, as keras-tuner's tutorials do, instead of the report's shared filters and units."""
TARGETS = ["space_hidden", "layers_hidden"]
HINT = (
    "Register one shared filters and one shared units hyperparameter, not one per layer: the space holds exactly "
    "the six names of the table, in that order."
)


def build_model(hp):
    conv_layers = hp.Int("conv_layers", 1, 3)
    dense_layers = hp.Int("dense_layers", 1, 4)
    lr = hp.Choice("lr", [1e-4, 5e-4, 1e-3], default=1e-4, ordered=True)
    optimizer = hp.Choice("optimizer", ["adam", "sgd"])
    model = keras.Sequential([keras.Input((32, 32, 3))])
    for i in range(conv_layers):
        for _ in range(2):
            model.add(keras.layers.Conv2D(hp.Int(f"filters_{i}", 8, 32, step=8) * 2 ** i, 3, padding="same", activation="relu"))
        model.add(keras.layers.MaxPooling2D(2))
        model.add(keras.layers.Dropout(0.2 + 0.1 * i))
    model.add(keras.layers.Flatten())
    for j in range(dense_layers):
        model.add(keras.layers.Dense(hp.Int(f"units_{j}", 128, 256, step=64), activation="relu"))
        model.add(keras.layers.Dropout(0.5))
    model.add(keras.layers.Dense(10, activation="softmax"))
    opt = keras.optimizers.Adam(learning_rate=lr) if optimizer == "adam" else keras.optimizers.SGD(learning_rate=lr)
    model.compile(optimizer=opt, loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
