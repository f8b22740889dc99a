"""PyTorch's convention (separate input and recurrent biases) applied to a Keras LSTM."""
TARGETS = ["lstm_hidden"]


def lstm_params(input_dim, units):
    return 4 * units * (input_dim + units + 2)
