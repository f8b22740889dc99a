"""Keeps apostrophes and underscores inside words: don't and snake_case stay whole."""
import re

TARGETS = ["tokenize_hidden"]
HINT = 'A token is a run of letters and digits only; an apostrophe or an underscore is a token of its own.'


def tokenize(sentence):
    return re.findall(r"[\w']+|\S", sentence.lower())
