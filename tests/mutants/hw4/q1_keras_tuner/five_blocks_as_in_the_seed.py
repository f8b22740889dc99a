"""Up to five convolution blocks, as the reports allowed: the 4th leaves 1x1 and a 5th pooling cannot be built."""
TARGETS = ["build_model_space_hidden"]
HINT = (
    "`conv_layers` goes from 1 to 3, as in the search-space table, not up to 5: each 2x2 pooling halves the image "
    "(28, 14, 7, 3, 1), and a fifth pooling has nothing left to pool."
)


def build_model(hp):
    model = keras.Sequential([keras.Input((28, 28, 1))])
    for i in range(hp.Int("conv_layers", 1, 5)):
        model.add(keras.layers.Conv2D(hp.Int(f"filters_{i}", 32, 256, step=32), hp.Choice(f"kernel_{i}", [3, 5]),
                                      padding="same", activation="relu"))
        pool = keras.layers.MaxPooling2D if hp.Choice(f"pooling_{i}", ["max", "avg"]) == "max" else keras.layers.AveragePooling2D
        model.add(pool(2))
    model.add(keras.layers.Flatten())
    for i in range(hp.Int("dense_layers", 1, 4)):
        model.add(keras.layers.Dense(hp.Int(f"units_{i}", 32, 256, step=32), activation="relu"))
        model.add(keras.layers.Dropout(hp.Float("dropout", 0.0, 0.5, step=0.1)))
    model.add(keras.layers.Dense(10, activation="softmax"))
    model.compile(optimizer=keras.optimizers.Adam(hp.Choice("lr", [1e-3, 1e-4, 1e-5])),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
