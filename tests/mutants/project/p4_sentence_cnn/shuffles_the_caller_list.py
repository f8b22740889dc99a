"""Shuffles the caller's list in place before cutting it."""
TARGETS = ["split_hidden"]
HINT = "Work on a copy (list(pairs)): the caller's list must stay as it was."


def split_data(pairs, test=0.15, validation=0.1, seed=0):
    import random

    random.Random(seed).shuffle(pairs)
    by_label = {}
    for pair in pairs:
        by_label.setdefault(pair[1], []).append(pair)
    n_test = int(len(pairs) * test)
    n_val = int((len(pairs) - n_test) * validation)
    train_part, val_part, test_part = [], [], []
    left_test, left_val = n_test, n_val
    labels = sorted(by_label)
    for k, label in enumerate(labels):
        group = by_label[label]
        last = k == len(labels) - 1
        t = left_test if last else int(round(len(group) * n_test / len(pairs)))
        v = left_val if last else int(round(len(group) * n_val / len(pairs)))
        test_part += group[:t]
        val_part += group[t:t + v]
        train_part += group[t + v:]
        left_test, left_val = left_test - t, left_val - v
    return train_part, val_part, test_part
