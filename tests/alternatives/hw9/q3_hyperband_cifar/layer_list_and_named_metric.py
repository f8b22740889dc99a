"""Correct, written differently: the schedule from a table of rounds, the model from a list of layers, the
optimizer from a dict of classes, and the accuracy as a SparseCategoricalAccuracy named "accuracy"."""
REPORT_READING = " b "
TRUE_FALSE = [False, True, True, False]


def hyperband_schedule(max_epochs, factor):
    count = 0
    while max_epochs / factor ** count >= 1:
        count += 1
    top = math.ceil(1 + math.log(max_epochs, factor))
    table = {}
    for bracket in range(count):
        for rnd in range(bracket + 1):
            shrink = factor ** (bracket - rnd)
            table.setdefault(bracket, []).append((math.ceil(top / (bracket + 1) * shrink), math.ceil(max_epochs / shrink)))
    return [table[bracket] for bracket in sorted(table, reverse=True)]


def build_model(hp):
    blocks = hp.Int("conv_layers", 1, 3)
    first = hp.Int("filters", 8, 32, 8)
    dense = hp.Int("dense_layers", 1, 4)
    units = hp.Int("units", 128, 256, 64)
    lr = hp.Choice("lr", [1e-4, 5e-4, 1e-3], ordered=True, default=1e-4)
    kind = hp.Choice("optimizer", ["adam", "sgd"])
    layers = [keras.layers.Input((32, 32, 3))]
    for i in range(blocks):
        width = first * (2 ** i)
        layers += [keras.layers.Conv2D(width, 3, padding="same", activation="relu") for _ in range(2)]
        layers += [keras.layers.MaxPool2D(), keras.layers.Dropout(0.1 * (i + 2))]
    layers.append(keras.layers.Flatten())
    for _ in range(dense):
        layers += [keras.layers.Dense(units, activation="relu"), keras.layers.Dropout(0.5)]
    layers += [keras.layers.Dense(10), keras.layers.Softmax()]
    model = keras.Sequential(layers)
    optimizers = {"adam": keras.optimizers.Adam, "sgd": keras.optimizers.SGD}
    model.compile(optimizers[kind](lr), "sparse_categorical_crossentropy",
                  metrics=[keras.metrics.SparseCategoricalAccuracy(name="accuracy")])
    return model
