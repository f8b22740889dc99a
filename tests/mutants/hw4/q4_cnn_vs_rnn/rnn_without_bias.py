"""SimpleRNN without its bias vector."""
TARGETS = ["simple_rnn_hidden"]


def simple_rnn_params(input_dim, units):
    return units * (input_dim + units)
