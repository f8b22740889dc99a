"""Copies target's weights into source."""

TARGETS = ["copy_hidden"]
HINT = "Read the weights from `source` and write them into `target`."


def copy_weights(source, target):
    source.set_weights(target.get_weights())
    return target
