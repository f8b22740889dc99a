"""The last LSTM returns only its final state, so Flatten passes 50 numbers instead of 50 x window."""
TARGETS = ["lstm_hidden"]
HINT = (
    "All three LSTM layers need `return_sequences=True`, so that Flatten hands 50 x window numbers to the Dense "
    "layer; re-check the parameter count."
)


def build_lstm(window, n_features):
    model = keras.Sequential([keras.Input((window, n_features)),
                              keras.layers.LSTM(50, return_sequences=True), keras.layers.LSTM(50, return_sequences=True),
                              keras.layers.LSTM(50), keras.layers.Flatten(), keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mse")
    return model
