"""The report's nine hand formulas for the 3x3 input and 2x2 filter, with its wrong X22 term; other sizes in general."""
import numpy as np

TARGETS = ["conv_backward_hidden"]
HINT = "Check dX with an upstream gradient whose entries differ: GAP's uniform 1/4 hides a wrong dO index."


def conv_backward(X, F, dO):
    X, F, dO = (np.asarray(a, dtype=float) for a in (X, F, dO))
    (kh, kw), (oh, ow) = F.shape, dO.shape
    dF = conv_forward(X, dO)
    if X.shape == (3, 3) and F.shape == (2, 2):
        (o11, o12), (o21, o22) = dO
        (f11, f12), (f21, f22) = F
        dX = np.array([[o11 * f11, o11 * f12 + o12 * f11, o12 * f12],
                       [o11 * f21 + o21 * f11, o11 * f22 + o22 * f21 + o21 * f12 + o22 * f11, o12 * f22 + o22 * f12],
                       [o21 * f21, o21 * f22 + o22 * f21, o22 * f22]])
        return dF, dX
    dX = np.zeros(X.shape)
    for a in range(kh):
        for b in range(kw):
            dX[a:a + oh, b:b + ow] += F[a, b] * dO
    return dF, dX
