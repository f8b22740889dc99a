"""The right brackets in the wrong order: bracket 0 (full-length trials only) first."""
TARGETS = ["schedule_hidden"]
HINT = (
    "Return the brackets in the order keras-tuner runs them: the largest bracket, with the most configurations "
    "and the fewest epochs, first."
)


def hyperband_schedule(max_epochs, factor):
    brackets, epochs = 0, max_epochs
    while epochs >= 1:
        epochs /= factor
        brackets += 1
    s = math.ceil(1 + math.log(max_epochs, factor))
    return [[(math.ceil(s / (b + 1) * factor ** (b - r)), math.ceil(max_epochs / factor ** (b - r)))
             for r in range(b + 1)] for b in range(brackets)]
