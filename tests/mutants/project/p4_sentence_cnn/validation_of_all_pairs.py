"""Takes 10 % of all the pairs for validation, not 10 % of those left after the test cut (274 of 2,748, not 233)."""
TARGETS = ["split_hidden"]
HINT = 'The validation part is int(n_rest * validation), n_rest being what the test cut left.'


def split_data(pairs, test=0.15, validation=0.1, seed=0):
    from sklearn.model_selection import train_test_split

    pairs = list(pairs)
    rest, test_part = train_test_split(pairs, test_size=int(len(pairs) * test),
                                       stratify=[label for _, label in pairs], random_state=seed)
    train_part, val_part = train_test_split(rest, test_size=int(len(pairs) * validation),
                                            stratify=[label for _, label in rest], random_state=seed)
    return train_part, val_part, test_part
