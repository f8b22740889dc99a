"""Copies the weights but returns nothing."""

TARGETS = ["copy_hidden"]
HINT = "Return `target` once its weights are set."


def copy_weights(source, target):
    target.set_weights(source.get_weights())
