"""The report's hyperparameter names (Conv_layer, Filter0, Kernel0, Dense_numbers, Units_numbers0, learning_rate...)."""
TARGETS = ["build_model_space_hidden", "build_model_params_hidden", "build_model_compile_hidden"]
HINT = (
    "Use exactly the names of the search-space table (`conv_layers`, `filters_{i}`, `kernel_{i}`, `dense_layers`, "
    "`units_{i}`, one shared `dropout`, `lr`): configurations are set and read by name."
)


def build_model(hp):
    model = keras.Sequential([keras.Input((28, 28, 1))])
    for i in range(hp.Int("Conv_layer", 1, 3)):
        model.add(keras.layers.Conv2D(hp.Int("Filter" + str(i), 32, 256, step=32), hp.Choice("Kernel" + str(i), [3, 5]),
                                      padding="same", activation="relu"))
        pool = keras.layers.MaxPooling2D if hp.Choice("pooling_" + str(i), ["max", "avg"]) == "max" else keras.layers.AveragePooling2D
        model.add(pool(2))
    model.add(keras.layers.Flatten())
    for i in range(hp.Int("Dense_numbers", 1, 4)):
        model.add(keras.layers.Dense(hp.Int("Units_numbers" + str(i), 32, 256, step=32), activation="relu"))
        model.add(keras.layers.Dropout(hp.Float("Dropout_2" + str(i), 0.0, 0.5, step=0.1)))
    model.add(keras.layers.Dense(10, activation="softmax"))
    model.compile(optimizer=keras.optimizers.Adam(hp.Choice("learning_rate", [1e-3, 1e-4, 1e-5])),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
