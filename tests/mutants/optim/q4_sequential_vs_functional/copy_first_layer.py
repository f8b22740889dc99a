"""Copies the first convolution's weights only."""
import keras

TARGETS = ["copy_hidden"]
HINT = "Every layer with weights must be copied: both convolutions and both Dense layers."


def copy_weights(source, target):
    if [w.shape for w in source.get_weights()] != [w.shape for w in target.get_weights()]:
        raise ValueError("different networks")
    first = lambda m: [l for l in m.layers if isinstance(l, keras.layers.Conv2D)][0]
    first(target).set_weights(first(source).get_weights())
    return target
