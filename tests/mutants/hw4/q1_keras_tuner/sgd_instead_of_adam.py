"""The model is compiled with plain SGD at the chosen learning rate instead of Adam: the learning rate is read
from hp as asked, the optimizer is not the one the text names (and SGD at 1e-5 barely moves)."""
TARGETS = ["build_model_compile_hidden", "best_model_accuracy_hidden"]  # SGD at these rates leaves the search near chance (0.09 in the fast profile, offline)
HINT = (
    "build_model must compile with keras.optimizers.Adam(learning_rate=lr): the table's learning rates (1e-3 to "
    "1e-5) are Adam's; plain SGD at these rates hardly trains in the few epochs of a trial."
)


def build_model(hp):
    model = keras.Sequential([keras.Input((28, 28, 1))])
    for i in range(hp.Int("conv_layers", 1, 3)):
        model.add(keras.layers.Conv2D(hp.Int(f"filters_{i}", 32, 256, step=32), hp.Choice(f"kernel_{i}", [3, 5]),
                                      padding="same", activation="relu"))
        if hp.Choice(f"pooling_{i}", ["max", "avg"]) == "max":
            model.add(keras.layers.MaxPooling2D(2))
        else:
            model.add(keras.layers.AveragePooling2D(2))
    model.add(keras.layers.Flatten())
    for i in range(hp.Int("dense_layers", 1, 4)):
        model.add(keras.layers.Dense(hp.Int(f"units_{i}", 32, 256, step=32), activation="relu"))
        model.add(keras.layers.Dropout(hp.Float("dropout", 0.0, 0.5, step=0.1)))
    model.add(keras.layers.Dense(10, activation="softmax"))
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=hp.Choice("lr", [1e-3, 1e-4, 1e-5])),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
