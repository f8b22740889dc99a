"""Compiled with a learning rate of 1e-7: five epochs barely move the weights."""
TARGETS = ["beats_baseline_hidden", "lstm_hidden"]
HINT = (
    "Re-check the learning rate you give Adam: with one this small, a few epochs barely move the weights and the "
    "model cannot beat the previous-hour baseline."
)


def build_lstm(window, n_features):
    model = keras.Sequential([keras.Input((window, n_features))] +
                             [keras.layers.LSTM(50, return_sequences=True) for _ in range(3)] +
                             [keras.layers.Flatten(), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(1e-7), loss="mse")
    return model
