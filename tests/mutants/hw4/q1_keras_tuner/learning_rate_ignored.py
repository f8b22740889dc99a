"""The lr choice is registered but Adam keeps its default learning rate of 1e-3."""
TARGETS = ["build_model_compile_hidden"]
HINT = (
    "Registering `lr` is not enough: the chosen value must become Adam's learning rate, otherwise every "
    "configuration trains at Adam's default."
)


def build_model(hp):
    model = keras.Sequential([keras.Input((28, 28, 1))])
    for i in range(hp.Int("conv_layers", 1, 3)):
        model.add(keras.layers.Conv2D(hp.Int(f"filters_{i}", 32, 256, step=32), hp.Choice(f"kernel_{i}", [3, 5]),
                                      padding="same", activation="relu"))
        pool = keras.layers.MaxPooling2D if hp.Choice(f"pooling_{i}", ["max", "avg"]) == "max" else keras.layers.AveragePooling2D
        model.add(pool(2))
    model.add(keras.layers.Flatten())
    for i in range(hp.Int("dense_layers", 1, 4)):
        model.add(keras.layers.Dense(hp.Int(f"units_{i}", 32, 256, step=32), activation="relu"))
        model.add(keras.layers.Dropout(hp.Float("dropout", 0.0, 0.5, step=0.1)))
    model.add(keras.layers.Dense(10, activation="softmax"))
    hp.Choice("lr", [1e-3, 1e-4, 1e-5])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
