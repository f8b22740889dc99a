"""The tempting wrong choice: BN makes each batch cheaper (it makes each step more expensive)."""
HIDDEN_ONLY = "A quiz answer: a visible check that told right from wrong would give the answer away."
TARGETS = ["bn_multiple_choice_hidden"]
HINT = (
    "BN does not make a mini-batch cheaper: computing and applying the batch statistics adds work to every step. "
    "Look for the option that describes what BN does to a layer's outputs."
)

MULTIPLE_CHOICE = "a"
