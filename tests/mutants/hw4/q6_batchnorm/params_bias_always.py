"""The Dense bias counted whether or not use_bias is set."""
TARGETS = ["bn_params_hidden"]
HINT = "Count the Dense bias only when use_bias is True; with use_bias=False the Dense layer holds only its kernel."


def bn_param_counts(n_inputs, units, use_bias):
    trainable = n_inputs * units + units + 2 * units
    return {"trainable": trainable, "non_trainable": 2 * units, "total": trainable + 2 * units}
