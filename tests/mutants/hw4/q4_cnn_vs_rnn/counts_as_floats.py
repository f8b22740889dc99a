"""The right counts computed in floating point (a `+ 1.0` for the bias, `2.0` bias vectors): 10900.0, not 10900."""
TARGETS = ["simple_rnn_hidden", "lstm_hidden", "gru_hidden", "conv1d_hidden"]
HINT = (
    "A parameter count is a whole number: return an int. A float such as 10900.0 creeps in through one float "
    "operand (1.0, 2.0, a division) anywhere in the product; keep the arithmetic in integers."
)


def simple_rnn_params(input_dim, units):
    return units * (input_dim + units + 1.0)


def lstm_params(input_dim, units):
    return 4 * simple_rnn_params(input_dim, units)


def gru_params(input_dim, units, reset_after=True):
    biases = 2.0 if reset_after else 1.0
    return 3 * units * (input_dim + units + biases)


def conv1d_params(kernel_size, in_channels, filters, use_bias=True):
    return filters * (kernel_size * in_channels + (1.0 if use_bias else 0.0))
