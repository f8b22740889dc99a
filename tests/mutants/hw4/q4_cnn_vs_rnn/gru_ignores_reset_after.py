"""GRU always counted with one bias per gate, whatever reset_after says (Keras's default has two)."""
TARGETS = ["gru_hidden"]
HINT = (
    "Keras's default `reset_after=True` keeps two bias vectors per gate (one for the input part, one for the "
    "recurrent part); only `reset_after=False` has one."
)


def gru_params(input_dim, units, reset_after=True):
    return 3 * units * (input_dim + units + 1)
