"""Correct, written differently: integer arithmetic for the schedule, the Functional API, the optimizer from
keras.optimizers.get, and the answers as a capital letter and a tuple of NumPy booleans."""
REPORT_READING = "B"
TRUE_FALSE = tuple(np.array([0, 1, 1, 0], dtype=bool))


def hyperband_schedule(max_epochs, factor):
    brackets = 1
    while max_epochs >= factor ** brackets:  # max_epochs / factor**b >= 1 for b = 0 .. brackets-1
        brackets += 1
    s = 1
    while factor ** (s - 1) < max_epochs:  # the smallest s with factor**(s-1) >= max_epochs, i.e. ceil(1 + log)
        s += 1
    schedule = []
    for b in range(brackets - 1, -1, -1):
        rounds = []
        for r in range(b + 1):
            scale = factor ** (b - r)
            rounds.append((-(-s * scale // (b + 1)), -(-max_epochs // scale)))
        schedule.append(rounds)
    return schedule


def build_model(hp):
    n_conv = hp.Int("conv_layers", min_value=1, max_value=3)
    base = hp.Int("filters", min_value=8, max_value=32, step=8)
    n_dense = hp.Int("dense_layers", min_value=1, max_value=4)
    width = hp.Int("units", min_value=128, max_value=256, step=64)
    rate = hp.Choice("lr", values=[0.0001, 0.0005, 0.001], default=0.0001, ordered=True)
    name = hp.Choice("optimizer", values=["adam", "sgd"])
    inputs = keras.Input(shape=(32, 32, 3))
    x = inputs
    for block in range(n_conv):
        x = keras.layers.Conv2D(base << block, (3, 3), padding="same", activation="relu")(x)
        x = keras.layers.Conv2D(base << block, (3, 3), padding="same", activation="relu")(x)
        x = keras.layers.MaxPooling2D(pool_size=(2, 2))(x)
        x = keras.layers.Dropout((2 + block) / 10)(x)
    x = keras.layers.Flatten()(x)
    for _ in range(n_dense):
        x = keras.layers.Dropout(0.5)(keras.layers.Dense(width, activation="relu")(x))
    outputs = keras.layers.Dense(10, activation="softmax")(x)
    model = keras.Model(inputs, outputs)
    optimizer = keras.optimizers.get(name)
    optimizer.learning_rate = rate
    model.compile(optimizer=optimizer, loss=keras.losses.SparseCategoricalCrossentropy(), metrics=["accuracy"])
    return model
