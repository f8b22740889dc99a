"""The gain read upside down: n / 9 instead of 9 / n."""
TARGETS = ["blur_gain_hidden"]


def blur_gain(n):
    return n / 9
