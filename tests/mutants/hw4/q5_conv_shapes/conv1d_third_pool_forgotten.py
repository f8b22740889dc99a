"""CONV1D_NET as the report's table lists it, without the third MaxPool."""
TARGETS = ["tables_hidden"]
HINT = (
    "CONV1D_NET must follow the description, with a MaxPool 2 after each of the three Conv1D layers; only "
    "CONV1D_AS_PRINTED leaves out the third one."
)

CONV1D_NET = [
    {"type": "conv", "filters": 16, "kernel": 3}, {"type": "maxpool", "pool": 2},
    {"type": "conv", "filters": 32, "kernel": 5}, {"type": "maxpool", "pool": 2},
    {"type": "conv", "filters": 64, "kernel": 5},
    {"type": "flatten"}, {"type": "dense", "units": 128}, {"type": "dense", "units": 5},
]
