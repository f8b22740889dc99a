"""dense_backward returns dout.T @ x: the report's (out, in) layout, not the (D_in, D_out) of w."""
import numpy as np

TARGETS = ["dense_softmax_hidden", "network_hidden"]
HINT = 'dw has the shape of w, (D_in, D_out): x.T @ dout.'


def dense_backward(dout, x, w):
    dout, x, w = (np.asarray(a, dtype=float) for a in (dout, x, w))
    return dout @ w.T, dout.T @ x, dout.sum(axis=0)
