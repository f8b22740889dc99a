"""Always splits with random_state=0, whatever seed it is given."""
TARGETS = ["split_hidden"]
HINT = 'Pass the seed argument on: random_state=seed.'


def split_data(pairs, test=0.15, validation=0.1, seed=0):
    from sklearn.model_selection import train_test_split

    pairs = list(pairs)
    rest, test_part = train_test_split(pairs, test_size=int(len(pairs) * test),
                                       stratify=[label for _, label in pairs], random_state=0)
    train_part, val_part = train_test_split(rest, test_size=int(len(rest) * validation),
                                            stratify=[label for _, label in rest], random_state=0)
    return train_part, val_part, test_part
