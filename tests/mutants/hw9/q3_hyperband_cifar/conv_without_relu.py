"""The Conv2D layers are left at Keras's default activation (linear): the relu of the table is forgotten there,
so the two convolutions of a block collapse into one linear map. Shapes, parameters and the softmax are right."""
TARGETS = ["layers_hidden"]
HINT = (
    "Every Conv2D (and every hidden Dense) layer needs activation='relu': Keras's default is no activation at all, "
    "and two linear convolutions in a row are only one linear convolution with a larger kernel."
)
HIDDEN_ONLY = "the visible check counts parameters and layer kinds, and neither sees an activation"


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
            model.add(keras.layers.Conv2D(filters * 2 ** i, 3, padding="same"))
        model.add(keras.layers.MaxPooling2D(2))
        model.add(keras.layers.Dropout(0.2 + 0.1 * i))
    model.add(keras.layers.Flatten())
    for _ in range(dense_layers):
        model.add(keras.layers.Dense(units, activation="relu"))
        model.add(keras.layers.Dropout(0.5))
    model.add(keras.layers.Dense(10, activation="softmax"))
    opt = keras.optimizers.Adam(learning_rate=lr) if optimizer == "adam" else keras.optimizers.SGD(learning_rate=lr)
    model.compile(optimizer=opt, loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
