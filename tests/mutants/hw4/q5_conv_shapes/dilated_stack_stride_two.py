"""The report's first attempt: stride 2 in the dilated convolutions."""
TARGETS = ["tables_hidden"]
HINT = (
    "The dilated convolutions of DILATED_STACK have stride 1 and no padding; stride 2 was the report's first "
    "attempt, the one whose sizes went negative."
)

DILATED_STACK = [
    {"type": "conv", "filters": 64, "kernel": 3, "padding": "same"},
    {"type": "conv", "filters": 32, "kernel": 5, "dilation": 2, "stride": 2},
    {"type": "maxpool", "pool": 2},
    {"type": "conv", "filters": 128, "kernel": 3, "padding": "same"},
    {"type": "conv", "filters": 64, "kernel": 5, "dilation": 4, "stride": 2},
    {"type": "maxpool", "pool": 2},
    {"type": "conv", "filters": 256, "kernel": 3, "padding": "same"},
    {"type": "conv", "filters": 128, "kernel": 5, "dilation": 8, "stride": 2},
    {"type": "maxpool", "pool": 2},
]
