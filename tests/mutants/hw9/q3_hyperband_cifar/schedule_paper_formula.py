"""The Hyperband paper's schedule (Li et al.): s_max = floor(log_eta R), n = ceil((s_max + 1) / (s + 1) * eta^s) and r = R * eta^-s, not keras-tuner's."""
TARGETS = ["schedule_hidden"]
HINT = (
    "keras-tuner's Hyperband differs from the paper's: follow the notebook's recipe for the number of brackets, "
    "s, and the trials and epochs of each round, both rounded up."
)


def hyperband_schedule(max_epochs, factor):
    s_max = int(math.floor(math.log(max_epochs, factor) + 1e-9))
    out = []
    for s in reversed(range(s_max + 1)):
        n = math.ceil((s_max + 1) / (s + 1) * factor ** s)
        out.append([(math.floor(n * factor ** -i), max(1, round(max_epochs * factor ** (i - s)))) for i in range(s + 1)])
    return out
