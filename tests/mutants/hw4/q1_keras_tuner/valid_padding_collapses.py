"""Convolutions with Keras's default "valid" padding, as in one report: fewer parameters, and three 5x5 blocks collapse."""
TARGETS = ["build_model_params_hidden"]
HINT = (
    "Every Conv2D needs `padding='same'`: with Keras's default 'valid' padding each convolution trims the image, "
    "so the parameter counts change and three 5x5 blocks run out of pixels."
)


def build_model(hp):
    model = keras.Sequential([keras.Input((28, 28, 1))])
    for i in range(hp.Int("conv_layers", 1, 3)):
        model.add(keras.layers.Conv2D(hp.Int(f"filters_{i}", 32, 256, step=32), hp.Choice(f"kernel_{i}", [3, 5]),
                                      activation="relu"))
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
