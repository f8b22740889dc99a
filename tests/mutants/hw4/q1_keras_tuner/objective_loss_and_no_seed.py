"""The tuners minimize val_loss instead of maximizing val_accuracy, and the seed is never passed on."""
TARGETS = ["make_tuner_hidden"]
HINT = (
    "Every tuner should maximize `val_accuracy` rather than minimize the loss, and must receive the `seed` it is "
    "given so that the search is reproducible."
)


def make_tuner(kind, directory, max_trials_or_epochs, seed):
    common = dict(objective="val_loss", directory=directory, project_name=kind)
    if kind == "random":
        return kt.RandomSearch(build_model, max_trials=max_trials_or_epochs, **common)
    if kind == "bayesian":
        return kt.BayesianOptimization(build_model, max_trials=max_trials_or_epochs, **common)
    if kind == "hyperband":
        return kt.Hyperband(build_model, max_epochs=max_trials_or_epochs, factor=3, **common)
    raise ValueError(kind)
