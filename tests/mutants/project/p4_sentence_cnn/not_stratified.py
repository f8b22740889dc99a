"""Cuts a seeded shuffle without stratifying: a part's share of positives drifts from the whole set's."""
TARGETS = ["split_hidden"]
HINT = "Stratify each cut by the labels (train_test_split(..., stratify=labels)), so that each part keeps the set's balance."


def split_data(pairs, test=0.15, validation=0.1, seed=0):
    from sklearn.model_selection import train_test_split

    pairs = list(pairs)
    rest, test_part = train_test_split(pairs, test_size=int(len(pairs) * test),
                                       random_state=seed)
    train_part, val_part = train_test_split(rest, test_size=int(len(rest) * validation),
                                            random_state=seed)
    return train_part, val_part, test_part
