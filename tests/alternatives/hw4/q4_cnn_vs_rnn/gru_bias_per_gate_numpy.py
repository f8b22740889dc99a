"""Correct, written with NumPy integers (np.prod of the weight shapes, np.int64 results, which count as ints), and
GRU's biases counted as the text now says: `reset_after=False` keeps one bias vector per gate (Keras's count)."""
import numpy as np


def _size(*shapes):
    return np.sum([np.prod(s, dtype=np.int64) for s in shapes], dtype=np.int64)


def simple_rnn_params(input_dim, units):
    return _size((input_dim, units), (units, units), (units,))


def lstm_params(input_dim, units):
    return np.int64(4) * simple_rnn_params(input_dim, units)


def gru_params(input_dim, units, reset_after=True):
    bias_vectors_per_gate = 2 if reset_after else 1
    return np.int64(3) * _size((input_dim, units), (units, units), (bias_vectors_per_gate, units))


def conv1d_params(kernel_size, in_channels, filters, use_bias=True):
    return _size((kernel_size, in_channels, filters), (filters if use_bias else 0,))
