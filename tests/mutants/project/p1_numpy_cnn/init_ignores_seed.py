"""init_params draws from NumPy's global generator: the seed argument does nothing."""
import numpy as np

TARGETS = ["network_hidden"]
HINT = 'Draw with np.random.default_rng(seed), so that the same seed gives the same parameters.'


def init_params(hidden=200, seed=0):
    def kernel(shape):
        return np.random.normal(0.0, 1.0 / np.sqrt(np.prod(shape)), shape)

    return {"conv1_w": kernel((5, 5, 1, 8)), "conv1_b": np.zeros(8),
            "conv2_w": kernel((5, 5, 8, 8)), "conv2_b": np.zeros(8),
            "dense1_w": 0.01 * np.random.standard_normal((1568, hidden)), "dense1_b": np.zeros(hidden),
            "dense2_w": 0.01 * np.random.standard_normal((hidden, 10)), "dense2_b": np.zeros(10)}
