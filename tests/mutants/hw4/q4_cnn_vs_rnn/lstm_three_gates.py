"""An LSTM counted with three gates (as a GRU) instead of four."""
TARGETS = ["lstm_hidden"]
HINT = (
    "An LSTM has four gates (input, forget, cell candidate, output), each with its own input weights, recurrent "
    "weights and bias; three gates is the GRU's count."
)


def lstm_params(input_dim, units):
    return 3 * units * (input_dim + units + 1)
