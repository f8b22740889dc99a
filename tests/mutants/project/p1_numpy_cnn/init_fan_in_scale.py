"""init_params with He-style scales (fan-in only), not the report's 1/sqrt(kh kw C_in C_out) and 0.01."""
import numpy as np

TARGETS = ["network_hidden"]
HINT = "The text asks for the report's initialization: 1/sqrt(kh kw C_in C_out) for kernels, 0.01 for dense layers."


def init_params(hidden=200, seed=0):
    draw = np.random.default_rng(seed)
    return {"conv1_w": draw.normal(0, np.sqrt(2 / 25), (5, 5, 1, 8)), "conv1_b": np.zeros(8),
            "conv2_w": draw.normal(0, np.sqrt(2 / 200), (5, 5, 8, 8)), "conv2_b": np.zeros(8),
            "dense1_w": draw.normal(0, np.sqrt(2 / 1568), (1568, hidden)), "dense1_b": np.zeros(hidden),
            "dense2_w": draw.normal(0, np.sqrt(2 / hidden), (hidden, 10)), "dense2_b": np.zeros(10)}
