"""overwrite=True, as one report used: every new tuner deletes the folder, so a rerun repeats the whole search."""
TARGETS = ["make_tuner_hidden"]
HINT = (
    "With `overwrite=True` each new tuner deletes the finished trials, so a rerun repeats the whole search; a "
    "second tuner on the same folder should reload them and resume."
)


def make_tuner(kind, directory, max_trials_or_epochs, seed):
    common = dict(objective="val_accuracy", seed=seed, directory=directory, project_name=kind, overwrite=True)
    if kind == "random":
        return kt.RandomSearch(build_model, max_trials=max_trials_or_epochs, **common)
    if kind == "bayesian":
        return kt.BayesianOptimization(build_model, max_trials=max_trials_or_epochs, **common)
    if kind == "hyperband":
        return kt.Hyperband(build_model, max_epochs=max_trials_or_epochs, factor=3, **common)
    raise ValueError(kind)
