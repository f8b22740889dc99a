"""Treats only a-z and 0-9 as letters and digits: accented letters are split off as punctuation."""
import re

TARGETS = ["tokenize_hidden"]
HINT = "Use str.isalnum's letters (the regular expression [^\\W_]), which include é and other accented letters."


def tokenize(sentence):
    return re.findall(r"[a-z0-9]+|\S", sentence.lower())
