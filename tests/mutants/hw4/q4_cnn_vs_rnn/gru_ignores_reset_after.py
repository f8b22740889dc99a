"""GRU always counted with one bias per gate, whatever reset_after says (Keras's default has two)."""
TARGETS = ["gru_hidden"]


def gru_params(input_dim, units, reset_after=True):
    return 3 * units * (input_dim + units + 1)
