"""The last LSTM returns only its final state, so Flatten passes 50 numbers instead of 50 x window."""
TARGETS = ["lstm_hidden"]


def build_lstm(window, n_features):
    model = keras.Sequential([keras.Input((window, n_features)),
                              keras.layers.LSTM(50, return_sequences=True), keras.layers.LSTM(50, return_sequences=True),
                              keras.layers.LSTM(50), keras.layers.Flatten(), keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mse")
    return model
