"""Correct, written differently: lines split by hand, a tokenizer that walks the characters, a stratified split
by hand (a seeded permutation per label, the remainders to the largest fractions), vectors gathered through an
index table, statistics in one reshape, and the model built with add()."""
import keras
import numpy as np


def read_labelled(path):
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", errors="replace")
    pairs = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() == "":
            continue
        if "\t" not in line:
            raise ValueError(f"line {number} has no tab")
        sentence, label = line.rsplit("\t", 1)
        label = label.strip()
        if label == "0" or label == "1":
            pairs.append((sentence.strip(), 1 if label == "1" else 0))
        else:
            raise ValueError(f"bad label {label!r} on line {number}")
    return pairs


def tokenize(sentence):
    tokens, word = [], []
    for ch in sentence.lower():
        if ch.isalnum():
            word.append(ch)
            continue
        if word:
            tokens.append("".join(word))
            word = []
        if not ch.isspace():
            tokens.append(ch)
    if word:
        tokens.append("".join(word))
    return tokens


def _cut(pairs, size, rng):
    """A stratified cut of `size` pairs out of `pairs`: (the rest, the cut)."""
    labels = sorted({label for _, label in pairs})
    groups = {c: [p for p in pairs if p[1] == c] for c in labels}
    exact = {c: len(groups[c]) * size / len(pairs) for c in labels}
    counts = {c: int(np.floor(exact[c])) for c in labels}
    for c in sorted(labels, key=lambda c: exact[c] - counts[c], reverse=True)[:size - sum(counts.values())]:
        counts[c] += 1
    rest, cut = [], []
    for c in labels:
        order = rng.permutation(len(groups[c]))
        cut += [groups[c][i] for i in order[:counts[c]]]
        rest += [groups[c][i] for i in order[counts[c]:]]
    return rest, cut


def split_data(pairs, test=0.15, validation=0.1, seed=0):
    rng = np.random.default_rng(seed)
    pairs = list(pairs)
    rest, test_part = _cut(pairs, int(len(pairs) * test), rng)
    train_part, val_part = _cut(rest, int(len(rest) * validation), rng)
    return train_part, val_part, test_part


def encode(sentences, vectors, length=50):
    words = list(vectors)
    table = np.vstack([np.zeros(len(vectors[words[0]]))] + [np.asarray(vectors[w], dtype=float) for w in words])
    index = {w: i + 1 for i, w in enumerate(words)}
    ids = np.zeros((len(sentences), length), dtype=int)
    for i, sentence in enumerate(sentences):
        row = [index.get(t, 0) for t in tokenize(sentence)][:length]
        ids[i, :len(row)] = row
    return table[ids][:, :, None, :].astype(np.float32)


def standardize(x_train, *others):
    flat = np.asarray(x_train, dtype=np.float64).reshape(-1, np.shape(x_train)[-1])
    mean = flat.mean(axis=0)
    std = np.sqrt(((flat - mean) ** 2).mean(axis=0))
    std[std == 0] = 1.0
    return tuple(np.asarray((np.asarray(x, dtype=np.float64) - mean) / std, dtype=np.float32) for x in (x_train, *others))


def build_model(dim, length=50, filters=64, hidden=128, activation="relu", lr=0.001):
    model = keras.Sequential()
    model.add(keras.layers.Input(shape=(length, 1, dim)))
    for _ in range(2):
        model.add(keras.layers.Conv2D(filters=filters, kernel_size=(3, 1), strides=1, padding="same", activation=activation))
    model.add(keras.layers.MaxPooling2D(pool_size=(2, 1), strides=(2, 1), padding="same"))
    model.add(keras.layers.Flatten())
    model.add(keras.layers.Dense(units=hidden, activation=activation))
    model.add(keras.layers.Dense(units=2, activation=keras.activations.softmax))
    model.compile(optimizer=keras.optimizers.Adam(lr), loss=keras.losses.SparseCategoricalCrossentropy(),
                  metrics=["accuracy"])
    return model
