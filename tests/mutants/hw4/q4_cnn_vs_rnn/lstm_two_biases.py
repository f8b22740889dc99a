"""PyTorch's convention (separate input and recurrent biases) applied to a Keras LSTM."""
TARGETS = ["lstm_hidden"]
HINT = (
    "A Keras LSTM has one bias vector per gate, not separate input and recurrent biases (that is PyTorch's "
    "convention)."
)


def lstm_params(input_dim, units):
    return 4 * units * (input_dim + units + 2)
