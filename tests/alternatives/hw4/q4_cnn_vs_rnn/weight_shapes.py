"""Correct, written differently: sum the sizes of each layer's weight matrices, gate by gate."""
import math


def _count(shapes):
    return sum(math.prod(shape) for shape in shapes)


def simple_rnn_params(input_dim, units):
    return _count([(input_dim, units), (units, units), (units,)])


def lstm_params(input_dim, units):
    return sum(_count([(input_dim, units), (units, units), (units,)]) for _gate in "ifco")


def gru_params(input_dim, units, reset_after=True):
    per_gate = [(input_dim, units), (units, units), (units,)] + ([(units,)] if reset_after else [])
    return sum(_count(per_gate) for _gate in "zrh")


def conv1d_params(kernel_size, in_channels, filters, use_bias=True):
    return _count([(kernel_size, in_channels, filters)] + ([(filters,)] if use_bias else []))


RNN_100_ON_8 = 10900
RECURRENT_SHARE = 0.9174
CONV1D_100_ON_100 = 30100.0
RNN_100_ON_100 = 20100
