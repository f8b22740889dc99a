"""The gain read upside down: n / 9 instead of 9 / n."""
TARGETS = ["blur_gain_hidden"]
HINT = (
    "On a uniform region the blur adds up 9 equal pixels and divides by n; check which way the gain moves as n "
    "grows (n = 9 keeps the brightness)."
)


def blur_gain(n):
    return n / 9
