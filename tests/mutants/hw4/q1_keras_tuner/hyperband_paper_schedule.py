"""The schedule of the Hyperband paper (n = ceil((s_max + 1) / (s + 1) * eta**s), rounds floor(n / eta**i)), not keras-tuner's."""
import math

TARGETS = ["hyperband_count_hidden"]
HINT = (
    "Count the trials with keras-tuner's schedule as Part D describes it (its number of brackets, its s and the "
    "rounding up in each round), not with the formulas of the original Hyperband paper."
)


def hyperband_trial_count(max_epochs, factor):
    s_max = int(math.log(max_epochs, factor) + 1e-9)
    total = 0
    for s in range(s_max, -1, -1):
        n = math.ceil((s_max + 1) / (s + 1) * factor**s)
        total += sum(n // factor**i for i in range(s + 1))
    return total
