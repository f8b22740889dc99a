"""build_functional returns the Sequential model."""

TARGETS = ["builders_hidden"]
HINT = "Build the Functional model from keras.Input and layer calls, then keras.Model(inputs, outputs)."


def build_functional(input_shape, num_classes):
    return build_sequential(input_shape, num_classes)
