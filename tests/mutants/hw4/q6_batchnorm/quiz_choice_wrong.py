"""The tempting wrong choice: BN makes each batch cheaper (it makes each step more expensive)."""
TARGETS = ["bn_multiple_choice_hidden"]

MULTIPLE_CHOICE = "a"
