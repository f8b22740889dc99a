"""GRU always counted with two biases per gate, also when reset_after=False."""
TARGETS = ["gru_hidden"]


def gru_params(input_dim, units, reset_after=True):
    return 3 * units * (input_dim + units + 2)
