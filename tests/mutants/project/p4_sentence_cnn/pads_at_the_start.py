"""Pads at the start, as keras pad_sequences does by default: the words end up at the bottom of the array."""
import numpy as np

TARGETS = ["encode_hidden"]
HINT = "The report padded at the end: the sentence's first token goes in row 0, the zeros after its last token."


def encode(sentences, vectors, length=50):
    dim = len(next(iter(vectors.values())))
    out = np.zeros((len(sentences), length, 1, dim), dtype=np.float32)
    for i, sentence in enumerate(sentences):
        tokens = tokenize(sentence)[:length]
        for t, token in enumerate(tokens):
            if token in vectors:
                out[i, length - len(tokens) + t, 0] = vectors[token]
    return out
