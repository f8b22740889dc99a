"""Does not lower-case the sentence: 'Great' and 'GREAT' are not found among GloVe's lower-case words."""
import re

TARGETS = ["tokenize_hidden", "encode_hidden"]
HINT = 'Lower-case the sentence first (sentence.lower()).'


def tokenize(sentence):
    return re.findall(r"[^\W_]+|\S", sentence)
