"""Who hands in what in the validity class (conftest's `graded`; bench/validity_cost.py hands in the same).

For every notebook:
- the correct answers, under the seeds in SEEDS between them: the reference under seed 0, each alternative
  under the next seed in turn (alternative 1 under seed 1, alternative 2 under seed 2), and the reference again
  under any seed that no alternative takes. The seed-0 reference records the hidden tests' arguments
  (tests/argtrace.py). Every seed is met by a correct answer, and every correct answer we
  hold is graded once, so each costs one grading rather than the reference three. A HEAVY notebook hands in
  its reference under seed 0 alone, unless COURSE_VALIDITY=all;
- the blank release;
- a seeded sample of a light notebook's mechanical mutants (tests/mechanical.py), handed in after its mutants;
- its mutants, handed in by `variants-00`, `variants-01`, ... (the k-th mutant of every notebook by the same
  student, paying a student's fixed cost once for several notebooks): every mutant of a light notebook. Of a
  HEAVY notebook's mutants, the fewest (greedily, the seeds' mistakes first among equals) that between them aim
  at every hidden cell that judges what its training produced (`Heavy.trained`); the fewest that aim at every
  other hidden cell any of its mutants aims at are not graded but run in-process (tests/screen.py, without the
  cells that train or search), and test_grading checks that each fails every such cell it aims at. So every
  hidden cell is still shown to fail for a known-wrong answer on every run. `make validity` (COURSE_VALIDITY=all) grades every
  notebook in full, the heavy ones' alternatives, seeds and mutants included: run it when a heavy notebook, its
  variants or the grader change.
"""
import ast
import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path

import argtrace
import mechanical
from grader import submissions as subs

ROOT = Path(__file__).resolve().parents[1]
SEEDS = (0, 1, 2)
MECHANICAL = 3  # mechanical mutants of each light notebook a run grades (bench/mutation_score.py grades all)
TRACED = "reference-seed0"  # hands in the reference with its argument trace (tests/argtrace.py)
# A graded run of these takes 45-110 s in the fast profile under two workers (models trained, tuners searched),
# against 2-15 s for the others: bench/notebook_times.py. Grading their mutants cost `make test` about 15 minutes
# on two cores (the stop-33 note), their alternatives and seeds 1 and 2 about 6 more: `make validity` grades
# those. Each names its read-only cells that train or search (over 5 s in a graded run of the reference, under
# 4 s for every other cell): tests/screen.py leaves them out.
@dataclass(frozen=True)
class Heavy:
    slow: tuple[str, ...]  # its read-only cells that train or search: tests/screen.py leaves them out
    trained: tuple[str, ...] = ()  # its hidden cells that judge what those produce: shown by grading, not the screen


HEAVY = {"hw4": {"q1_keras_tuner": Heavy(("search", "retrain"), ("best_model_accuracy_hidden",)),
                 "q2_fracture_transfer": Heavy(("train", "confusion")),
                 "q3_lstm_reshape": Heavy(("show_the_bug", "train"), ("beats_baseline_hidden",)),
                 "q7_gradcam": Heavy(("train", "pointing_game"), ("accuracy_hidden", "gradcam_pointing_hidden"))},
         "hw9": {"q3_hyperband_cifar": Heavy(("search", "trials"), ("search_hidden",))},
         "optim": {"q4_sequential_vs_functional": Heavy(("train",)), "q7_inception": Heavy(("train", "compare"))},
         "project": {"p1_numpy_cnn": Heavy(("train", "sweep"), ("accuracy_hidden",)), "p3_gan": Heavy(("train", "plots")),
                     "p4_sentence_cnn": Heavy(("train", "sweep"), ("accuracy_hidden",))}}


def in_full(hw: str, name: str) -> bool:
    """Whether this run grades the notebook in full (every mutant, alternative and seed, nbgrader validate on its
    source): a light one always, a HEAVY one under COURSE_VALIDITY=all (`make validity`, `make check`)."""
    return os.environ.get("COURSE_VALIDITY") == "all" or name not in HEAVY.get(hw, ())


def graded_mutants(hw: str, name: str) -> list[subs.Variant]:
    """The mutants this run hands in: all of them; or of a HEAVY notebook (unless COURSE_VALIDITY=all) a cover of
    its `trained` cells (tests/screen.py runs a cover of the others in-process: `screened_mutants`)."""
    return list(_graded_mutants(hw, name, in_full(hw, name)))


@functools.lru_cache(maxsize=None)
def _graded_mutants(hw: str, name: str, full: bool) -> tuple[subs.Variant, ...]:
    """graded_mutants, parsed once per notebook (collection and every mutant's test ask again)."""
    mutants = subs.variants(ROOT, "mutants", hw, name)
    return tuple(mutants) if full else cover(mutants, set(HEAVY[hw][name].trained))


def screened_mutants(hw: str, name: str) -> list[subs.Variant]:
    """The mutants of a HEAVY notebook that `make test` runs in-process (tests/screen.py): a cover of every
    hidden cell its mutants aim at but the `trained` ones."""
    mutants = subs.variants(ROOT, "mutants", hw, name)
    return list(cover(mutants, {t for m in mutants for t in m.targets} - set(HEAVY[hw][name].trained)))


def cover(mutants: list[subs.Variant], cells: set[str]) -> tuple[subs.Variant, ...]:
    """The fewest mutants that between them aim at every one of `cells` that any of them aims at, greedily: each
    step takes the one that aims at most cells not yet covered (a seed's own mistake first among equals, then
    file order)."""
    chosen, left = set(), cells & {t for m in mutants for t in m.targets}
    while left:
        best = max(mutants, key=lambda m: (len(left & set(m.targets)), is_seed(m)))
        chosen.add(best.name)
        left -= set(best.targets)
    return tuple(m for m in mutants if m.name in chosen)


def is_seed(variant: subs.Variant) -> bool:
    """A mistake of the seed reports: named seed_*, or its docstring names the report, homework or seed."""
    doc = ast.get_docstring(ast.parse(variant.source)) or ""
    return variant.name.startswith("seed_") or bool(re.search(r"\b(report|homework|seeds?)('s)?\b", doc[:120]))


def skip_unless_graded(hw: str, name: str, mutant: subs.Variant) -> None:
    """In a test about one mutant: skip, saying why, a heavy notebook's mutant that this run did not grade."""
    if mutant.name not in {m.name for m in graded_mutants(hw, name)}:
        import pytest

        pytest.skip(f"{name} is heavy: `make validity` grades {mutant.name} (this run grades a cover of its mutants)")


def handed_in(hw: str, name: str) -> list[tuple[str, str, int | None, subs.Variant | None]]:
    """(label, student, seed, variant) of every submission of one notebook. The label names what is handed in:
    "reference", "blank", "mutant-<notebook>-<mutant>" or "alternative-<notebook>-<alternative>"; seed None
    leaves the default."""
    full = in_full(hw, name)
    alternatives = subs.variants(ROOT, "alternatives", hw, name) if full else []
    plan = [("reference", "reference-seed0", SEEDS[0], None), ("blank", "blank", None, None)]
    plan += [(f"alternative-{name}-{v.name}", f"alternatives-{j:02d}", SEEDS[1 + j % (len(SEEDS) - 1)], v)
             for j, v in enumerate(alternatives)]
    plan += [("reference", f"reference-seed{s}", s, None) for s in SEEDS[1 + len(alternatives):] if full]
    mutants = graded_mutants(hw, name)
    plan += [(f"mutant-{name}-{v.name}", f"variants-{k:02d}", None, v) for k, v in enumerate(mutants)]
    plan += [(f"mechanical-{name}-{v.name}", f"variants-{k:02d}", None, v)
             for k, v in enumerate(mechanical_sample(hw, name), start=len(mutants))]
    return plan


def mechanical_sample(hw: str, name: str) -> list[subs.Variant]:
    """The mechanical mutants (tests/mechanical.py) this run hands in: of a light notebook, a sample of MECHANICAL
    under a fixed seed, less the known equivalent ones; of a heavy one, none."""
    if name in HEAVY.get(hw, ()):
        return []
    equivalent = mechanical.equivalent(ROOT, hw, name)
    return [m for m in mechanical.sample(ROOT, hw, name, MECHANICAL, seed=0) if m.name not in equivalent]


def correct_answers(hw: str, name: str) -> dict[str, int]:
    """student -> seed, for every correct answer of one notebook that the class hands in."""
    return {student: seed for label, student, seed, _ in handed_in(hw, name) if label.startswith(("reference", "alt"))}


def write(course: Path, hw: str, name: str) -> tuple[dict, dict]:
    """Hand in one notebook's submissions under course/submitted. Returns the students' environments (each
    student's seed, the same for all its notebooks) and label -> student for the variants."""
    release_nb = subs.read(course / "release" / hw / f"{name}.ipynb")
    reference = subs.reference(subs.read(course / "source" / hw / f"{name}.ipynb"), release_nb)
    envs, handed_in_by = {}, {}
    for label, student, seed, variant in handed_in(hw, name):
        nb = subs.blank(release_nb) if label == "blank" else subs.apply_variant(reference, variant) if variant else reference
        if student == TRACED:
            nb = argtrace.traced(nb)
        subs.write(nb, course / "submitted" / student / hw / f"{name}.ipynb")
        if seed is not None:
            envs[student] = {"COURSE_SEED": str(seed)}
        if variant:
            handed_in_by[label] = student
    return envs, handed_in_by
