"""Splits letters from digits: mp3 becomes mp and 3, and 2nd becomes 2 and nd."""
import re

TARGETS = ["tokenize_hidden"]
HINT = "A token is a maximal run of letters and digits together (str.isalnum), as GloVe's mp3 and 2nd are."


def tokenize(sentence):
    return re.findall(r"[^\W\d_]+|\d+|\S", sentence.lower())
