"""Gives back float64 arrays: twice the memory, and not the float32 the text asks for."""
import numpy as np

TARGETS = ["encode_hidden"]
HINT = 'Allocate the array with dtype=np.float32.'


def encode(sentences, vectors, length=50):
    dim = len(next(iter(vectors.values())))
    out = np.zeros((len(sentences), length, 1, dim), dtype=np.float64)
    for i, sentence in enumerate(sentences):
        for t, token in enumerate(tokenize(sentence)[:length]):
            if token in vectors:
                out[i, t, 0] = vectors[token]
    return out
