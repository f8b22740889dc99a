"""Three colour channels read as a third axis: a Conv3D for a colour photograph."""
TARGETS = ["quiz_multiple_choice_hidden"]

TRUE_FALSE = [True, True, True, False, False]
MULTIPLE_CHOICE = "b"
