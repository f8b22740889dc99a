"""Keeps a run of punctuation as one token: '!!' and '...' stay whole."""
import re

TARGETS = ["tokenize_hidden"]
HINT = 'Each punctuation character is a token of its own: match \\S, one character, not a run.'


def tokenize(sentence):
    return re.findall(r"[^\W_]+|[^\w\s]+", sentence.lower())
