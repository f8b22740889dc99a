"""Rounds the parts' sizes instead of truncating them with int()."""
TARGETS = ["split_hidden"]
HINT = "The report's sizes come from int(): int(2748 * 0.15) = 412. round() differs whenever the fraction is .5 or more."


def split_data(pairs, test=0.15, validation=0.1, seed=0):
    from sklearn.model_selection import train_test_split

    pairs = list(pairs)
    rest, test_part = train_test_split(pairs, test_size=round(len(pairs) * test),
                                       stratify=[label for _, label in pairs], random_state=seed)
    train_part, val_part = train_test_split(rest, test_size=round(len(rest) * validation),
                                            stratify=[label for _, label in rest], random_state=seed)
    return train_part, val_part, test_part
