"""Statement (c) answered True: BN does not rescale the weights."""
HIDDEN_ONLY = "A quiz answer: a visible check that told right from wrong would give the answer away."
TARGETS = ["bn_true_false_hidden"]
HINT = "Reconsider statement (c): batch normalization acts on a layer's outputs (its activations), not on its weights."

TRUE_FALSE = [True, True, True, True, False]
