"""Believes Keras's Conv2D is a true convolution (statement (d) answered True)."""
HIDDEN_ONLY = "A quiz answer: a visible check that told right from wrong would give the answer away."
TARGETS = ["quiz_true_false_hidden"]
HINT = (
    "Re-check (d): Keras's Conv2D computes a cross-correlation, the kernel is not flipped, so it agrees with "
    "scipy.ndimage.correlate."
)

TRUE_FALSE = [True, True, False, True, True]
