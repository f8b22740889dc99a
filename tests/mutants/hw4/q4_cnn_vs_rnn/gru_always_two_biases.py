"""GRU always counted with two biases per gate, also when reset_after=False."""
TARGETS = ["gru_hidden"]
HINT = (
    "With `reset_after=False` a GRU keeps one bias vector per gate; two per gate only holds for Keras's default "
    "`reset_after=True`."
)


def gru_params(input_dim, units, reset_after=True):
    return 3 * units * (input_dim + units + 2)
