"""Keeps only the words and drops the punctuation the report counted as tokens."""
import re

TARGETS = ["tokenize_hidden", "encode_hidden"]
HINT = 'Punctuation marks are tokens too: add an alternative that matches a single non-space character.'


def tokenize(sentence):
    return re.findall(r"[^\W_]+", sentence.lower())
