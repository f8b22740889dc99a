"""Believes Keras's Conv2D is a true convolution (statement (d) answered True)."""
TARGETS = ["quiz_true_false_hidden"]

TRUE_FALSE = [True, True, False, True, True]
