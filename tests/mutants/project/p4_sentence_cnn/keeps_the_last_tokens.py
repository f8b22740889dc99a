"""Cuts a long sentence at its start, keeping its last tokens (pad_sequences's default truncating='pre')."""
import numpy as np

TARGETS = ["encode_hidden"]
HINT = 'Keep the first `length` tokens: tokens[:length].'


def encode(sentences, vectors, length=50):
    dim = len(next(iter(vectors.values())))
    out = np.zeros((len(sentences), length, 1, dim), dtype=np.float32)
    for i, sentence in enumerate(sentences):
        for t, token in enumerate(tokenize(sentence)[-length:]):
            if token in vectors:
                out[i, t, 0] = vectors[token]
    return out
