"""w -= lr * grad: the caller's array is changed."""
TARGETS = ["steps_hidden"]
HINT = "Return a new array: w - lr * grad, leaving w as it was."


def gd_step(w, grad, lr):
    w -= lr * grad
    return w
