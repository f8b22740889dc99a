"""SimpleRNN counted like a Dense layer: the recurrent matrix W_h forgotten."""
TARGETS = ["simple_rnn_hidden", "claim_hidden"]
HINT = (
    "A SimpleRNN is not a Dense layer: besides W_x and b it has the recurrent matrix W_h of shape (units, units), "
    "which feeds the previous hidden state back in."
)


def simple_rnn_params(input_dim, units):
    return units * (input_dim + 1)
