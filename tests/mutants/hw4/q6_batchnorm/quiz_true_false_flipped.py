"""Statement (c) answered True: BN does not rescale the weights."""
TARGETS = ["bn_true_false_hidden"]

TRUE_FALSE = [True, True, True, True, False]
