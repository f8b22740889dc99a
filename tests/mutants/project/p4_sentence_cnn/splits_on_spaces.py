"""Splits on white space only: 'great!' is one token, which GloVe does not hold, where the report kept punctuation as tokens."""
TARGETS = ["tokenize_hidden", "encode_hidden"]
HINT = 'Each punctuation mark is a token of its own: re.findall with a run of letters and digits, or any other single non-space character.'


def tokenize(sentence):
    return sentence.lower().split()
