"""Three colour channels read as a third axis: a Conv3D for a colour photograph."""
HIDDEN_ONLY = "A quiz answer: a visible check that told right from wrong would give the answer away."
TARGETS = ["quiz_multiple_choice_hidden"]
HINT = (
    "The colour channels of a photograph are its channel axis, not a third spatial axis: count only the axes the "
    "kernel slides along when you pick the layer."
)

TRUE_FALSE = [True, True, True, False, False]
MULTIPLE_CHOICE = "b"
