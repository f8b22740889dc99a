"""Cuts the validation part out of the rest but trains on the whole rest: validation sentences are also training sentences."""
TARGETS = ["split_hidden", "accuracy_hidden"]
HINT = "The training part is what is left after both cuts; give back the second split's training side."


def split_data(pairs, test=0.15, validation=0.1, seed=0):
    from sklearn.model_selection import train_test_split

    pairs = list(pairs)
    rest, test_part = train_test_split(pairs, test_size=int(len(pairs) * test),
                                       stratify=[label for _, label in pairs], random_state=seed)
    train_part, val_part = train_test_split(rest, test_size=int(len(rest) * validation),
                                            stratify=[label for _, label in rest], random_state=seed)
    return rest, val_part, test_part
