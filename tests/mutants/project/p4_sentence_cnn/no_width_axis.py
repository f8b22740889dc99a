"""Gives back (N, length, dim), without the width axis of 1 that makes a sentence an image."""
import numpy as np

TARGETS = ["encode_hidden"]
HINT = 'The shape is (N, length, 1, dim): row, width 1, channels.'


def encode(sentences, vectors, length=50):
    dim = len(next(iter(vectors.values())))
    out = np.zeros((len(sentences), length, dim), dtype=np.float32)
    for i, sentence in enumerate(sentences):
        for t, token in enumerate(tokenize(sentence)[:length]):
            if token in vectors:
                out[i, t] = vectors[token]
    return out
