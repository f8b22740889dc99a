"""Zips the two models' layers: a Functional model lists its InputLayer, a Sequential one does not."""

TARGETS = ["copy_hidden"]
HINT = "A Functional model's `layers` start with its InputLayer and a Sequential model's do not: pair the weights, not the layers."


def copy_weights(source, target):
    for a, b in zip(source.layers, target.layers):
        b.set_weights(a.get_weights())
    return target
