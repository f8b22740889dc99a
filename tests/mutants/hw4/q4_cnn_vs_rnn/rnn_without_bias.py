"""SimpleRNN without its bias vector."""
TARGETS = ["simple_rnn_hidden"]
HINT = "Besides W_x and W_h, a SimpleRNN has a bias vector b with one value per unit; count it too."


def simple_rnn_params(input_dim, units):
    return units * (input_dim + units)
