"""The seed's count: BN's moving mean and variance forgotten (10 -> 20 without bias gives 240 total, not 280)."""
TARGETS = ["bn_params_hidden"]
HINT = (
    "BN's moving mean and moving variance are not trainable but Keras still counts them: report them under "
    "non_trainable and include them in the total."
)


def bn_param_counts(n_inputs, units, use_bias):
    trainable = n_inputs * units + (units if use_bias else 0) + 2 * units
    return {"trainable": trainable, "non_trainable": 0, "total": trainable}
