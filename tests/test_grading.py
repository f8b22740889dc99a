"""Grader validity: every correct answer (the reference, the alternatives) earns every autograded point, under
three seeds between them; the blank release earns none; every mutant loses points in each hidden test it aims at.
Everything here is graded for real by nbgrader autograde (see the `graded` fixture), but a heavy notebook's
mutants outside `make validity`: tests/screen.py runs those in-process."""
import csv
import html
import json
import re
import subprocess
import sys

import pytest

from grader import submissions as subs
from conftest import ASSIGNMENT, ASSIGNMENTS, CANARY, NOTEBOOKS, ROOT, WORKERS, notebook_id, variants
from validity import HEAVY, SEEDS, correct_answers, in_full, screened_mutants, skip_unless_graded


def auto_cells(row):
    """Autograded cells: (score, max) for every cell that is not waiting for a TA."""
    return {gid: (score, top) for gid, (score, top) in row.cells.items() if score is not None}


def assert_full_marks(row):
    lost = {gid: f"{score:g}/{top:g}" for gid, (score, top) in auto_cells(row).items() if score != top}
    assert not lost, f"{row.student} lost points in {lost}"


@pytest.mark.parametrize("hw, name, student", [(*key, s) for key in NOTEBOOKS for s in correct_answers(*key)],
                         ids=notebook_id)
def test_every_correct_answer_gets_every_autograded_point(graded, hw, name, student):
    row = graded[hw].score(student, name)
    assert_full_marks(row)
    executed = subs.read(graded[hw].path("autograded", student, f"{name}.ipynb"))
    raised = [(subs.grade_id(c), e[:200]) for c in executed.cells for e in subs.errors(c)]
    assert not raised, f"{student} raised in {raised}"  # in no cell at all, as nbval on the source requires
    assert row.score == row.max_score - row.pending
    written = {gid for gid, (score, _) in row.cells.items() if score is None}
    assert row.pending == sum(row.cells[g][1] for g in written)  # only written answers wait for a TA


@pytest.mark.parametrize("hw, name", NOTEBOOKS, ids=notebook_id)
def test_correct_answers_meet_every_seed(hw, name):
    """Every seed, but for a heavy notebook outside `make validity` (its reference under seed 0 alone)."""
    seeds = SEEDS if in_full(hw, name) else SEEDS[:1]
    assert sorted(set(correct_answers(hw, name).values())) == sorted(seeds)


@pytest.mark.parametrize("hw, name", NOTEBOOKS, ids=notebook_id)
def test_blank_release_gets_zero_without_crashing(graded, hw, name):
    row = graded[hw].score("blank", name)
    assert graded[hw].results["blank"].error is None
    assert row.score == 0 and row.pending == 0, row.cells
    assert graded[hw].path("feedback", "blank", f"{name}.html").exists()


@pytest.mark.parametrize("hw, name, mutant", [(*key, m) for key in NOTEBOOKS for m in variants("mutants", *key)],
                         ids=notebook_id)
def test_mutant_loses_points_where_aimed(graded, hw, name, mutant):
    skip_unless_graded(hw, name, mutant)
    row = graded[hw].score(f"mutant-{name}-{mutant.name}", name)
    kept = [t for t in mutant.targets if row.cells[t][0] == row.cells[t][1]]
    assert not kept, f"{mutant.path.name} ({mutant.source.splitlines()[0]}) still earns full points in {kept}"


@pytest.fixture(scope="module")
def screened():
    """(hw, name) -> tests/screen.py's run of a heavy notebook's screened mutants, in a process of its own:
    {"passing": hidden cells the reference passes without the cells that train, "failed": mutant -> the ones of
    them it fails, or None if it ran over its time}."""
    runs = {}

    def run(hw, name):
        if (hw, name) not in runs:
            done = subprocess.run([sys.executable, str(ROOT / "tests" / "screen.py"), hw, name, "--workers",
                                   str(WORKERS)], cwd=ROOT, capture_output=True, text=True, timeout=3600)
            assert done.returncode == 0, f"the screen of {name} failed:\n{done.stderr[-3000:]}"
            runs[hw, name] = json.loads(done.stdout.strip().splitlines()[-1])
        return runs[hw, name]
    return run


@pytest.mark.parametrize("hw, name, mutant", [(hw, n, m) for hw, heavy in HEAVY.items() for n in heavy
                                              for m in screened_mutants(hw, n)], ids=notebook_id)
def test_heavy_mutant_fails_where_aimed_in_process(screened, hw, name, mutant):
    """A heavy notebook's screened mutants, outside `make validity`: each fails every hidden cell it aims at when
    the source runs in-process, as nbval runs it, without the read-only cells that train or search."""
    if in_full(hw, name):
        pytest.skip("this run grades every mutant (test_mutant_loses_points_where_aimed)")
    run, heavy = screened(hw, name), HEAVY[hw][name]
    hidden = {subs.grade_id(c) for c in subs.read(ROOT / "source" / hw / f"{name}.ipynb").cells
              if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")}
    assert set(run["passing"]) == hidden - set(heavy.trained), \
        f"without {heavy.slow} the reference should pass every hidden cell but {heavy.trained}; it passes {run['passing']}"
    failed = run["failed"][mutant.name]
    assert failed is not None, f"{mutant.path.name} ran over the screen's time"
    kept = [t for t in mutant.targets if t not in failed and t not in heavy.trained]
    assert not kept, f"{mutant.path.name} ({mutant.source.splitlines()[0]}) still passes {kept} in-process"


def test_grades_csv_lists_every_student(graded):
    for hw, graded_class in graded.items():
        with open(graded_class.root / "autograded" / "grades.csv", newline="") as exported:
            rows = {(row["assignment"], row["student_id"]) for row in csv.DictReader(exported)}
        assert {(hw, student) for student in graded_class.results} <= rows


def hidden_lines(hw, name):
    """Substantial lines of the source notebook's hidden-test regions."""
    source_nb = subs.read(ROOT / "source" / hw / f"{name}.ipynb")
    lines = []
    for cell in source_nb.cells:
        if "### BEGIN HIDDEN TESTS" in cell.source:
            region = cell.source.split("### BEGIN HIDDEN TESTS", 1)[1].split("### END HIDDEN TESTS", 1)[0]
            lines += [line.strip() for line in region.splitlines() if len(line.strip()) > 25]
    return lines


@pytest.mark.parametrize("hw, name", NOTEBOOKS, ids=notebook_id)
def test_feedback_shows_scores_but_not_hidden_test_code(graded, hw, name):
    text = html.unescape(graded[hw].path("feedback", "reference-seed0", f"{name}.html").read_text())
    assert "BEGIN HIDDEN TESTS" not in text
    leaked = [line for line in hidden_lines(hw, name) if line in text]
    assert not leaked, f"feedback shows hidden test code: {leaked[:3]}"


def page_text(path) -> str:
    """What a page shows: its text without tags or entities."""
    return html.unescape(re.sub(r"<[^>]+>", "", path.read_text()))


@pytest.mark.parametrize("hw", ASSIGNMENTS)
def test_no_feedback_in_the_class_quotes_a_hidden_test_line(graded, hw):
    """Every line of the graded course's hidden tests ends in a canary comment (conftest.plant_canaries); no
    student's feedback holds one, mutants' failed tests included. The equivalence test below shows bare
    nbgrader's feedback quoting them (nbgrader issue #917: a failed test's traceback shows its line)."""
    if hw not in graded:
        pytest.skip(f"{hw} is not graded in this run (COURSE_TEST_ONLY)")
    root = graded[hw].root
    assert any(CANARY in p.read_text() for p in (root / "autograded").glob(f"*/{hw}/*.ipynb")), "no canary was graded"
    pages = sorted((root / "feedback").glob(f"*/{hw}/*.html"))
    handed_in = list((root / "submitted").glob(f"*/{hw}/*.ipynb"))
    assert len(pages) >= len(handed_in) - 5  # the broken submissions may have no page
    leaked = [str(p.relative_to(root)) for p in pages if CANARY in page_text(p)]
    assert not leaked, f"feedback quotes hidden tests: {leaked[:5]}"


def test_feedback_counts_written_answers_apart_until_a_ta_grades_them(graded):
    """The heading reads "x of y autograded points; z points to be graded by a TA" and each written answer
    "awaiting a TA", until a TA has scored them; then the page shows the whole score."""
    from nbgrader.api import Gradebook

    from grader.autograde import feedback_and_export

    hw, name = "hw9", "q1_conv_by_rank"
    student = max(correct_answers(hw, name), key=correct_answers(hw, name).get)  # not reference-seed0: others read it
    if hw not in graded or name not in {n for _, n in graded[hw].rows}:
        pytest.skip(f"{hw}/{name} is not graded in this run (COURSE_TEST_ONLY)")
    g = graded[hw]
    row = g.score(student, name)
    written = [cell for cell, (score, _) in row.cells.items() if score is None]
    assert written and row.pending == sum(row.cells[c][1] for c in written)
    auto = sum(score for score, _ in row.cells.values() if score is not None)
    page = g.path("feedback", student, f"{name}.html")
    text = " ".join(page_text(page).split())
    assert f"{name}: {auto:.1f} of {row.max_score - row.pending:.1f} autograded points; {row.pending:.1f} points to be graded by a TA" in text
    assert text.count("awaiting a TA") == 2 * len(written)  # in the contents and at the answer
    with Gradebook(f"sqlite:///{g.root / 'gradebook.db'}") as gb:  # a TA grades the written answers
        for cell in written:
            grade = gb.find_grade(cell, name, hw, student)
            grade.manual_score, grade.needs_manual_grade = grade.max_score / 2, False
        gb.db.commit()
    feedback_and_export(g.root, hw, student)
    text = " ".join(page_text(page).split())
    assert "awaiting a TA" not in text and f"{name}: Score: {auto + row.pending / 2:.1f} / {row.max_score:.1f}" in text


def test_formulas_are_drawn_in_the_feedback(graded):
    if "hw4" not in graded or "q7_gradcam" not in {n for _, n in graded["hw4"].rows}:
        pytest.skip("hw4/q7_gradcam is not graded in this run (COURSE_TEST_ONLY)")
    page = graded["hw4"].path("feedback", "reference-seed0", "q7_gradcam.html").read_text()
    assert page.count('class="formula"') >= 8 and "$y^c$" not in page and r"\alpha_k" in page  # the alt text


def test_feedback_explains_a_failed_hidden_test(graded):
    path = graded["hw4"].path("feedback", "mutant-q6_batchnorm-backward_no_mean_terms", "q6_batchnorm.html")
    text = page_text(path)
    assert "AssertionError" in text and "against the closed form (limit 1e-7)" in text


@pytest.mark.parametrize("hw", [ASSIGNMENT])
def test_the_class_grader_scores_what_serial_bare_nbgrader_scores(graded, tmp_path, hw):
    """Forked kernels and testers in per-student boxes, several notebooks per student, parallel workers: in
    hw4 (the grader is the same for every assignment, and hw4 has notebooks of every kind), on every notebook
    the blank release, and on every light notebook the reference and a mutant (variants-00 hands in each
    notebook's first graded mutant), get, cell by cell, what bare `nbgrader autograde` gives running one
    notebook after another (one bare course per student, side by side). And the reference raises in no cell
    under bare nbgrader, its hidden tests inline as in the source."""
    import shutil
    from concurrent.futures import ThreadPoolExecutor

    from grader.course import nbgrader, scores, scratch_course

    if hw not in graded:
        pytest.skip(f"{hw} is not graded in this run (COURSE_TEST_ONLY)")
    graded = graded[hw]

    students = ("reference-seed0", "blank", "variants-00")
    # The heavy notebooks' reference and mutant are left to the class grader: each would cost bare nbgrader a
    # model's training again (the class grader's own correct answers raise nowhere: see the first test here).
    names = {p.stem for p in (graded.root / "submitted" / "reference-seed0" / hw).glob("*.ipynb")}  # those graded
    compared = {(s, n) for s in students for n in names if s == "blank" or n not in HEAVY.get(hw, ())}

    def bare(student):
        course = scratch_course(graded.root, tmp_path / student, hw)  # the same hidden tests, canaries included
        for _, name in sorted(k for k in compared if k[0] == student):
            (course / "submitted" / student / hw).mkdir(parents=True, exist_ok=True)
            shutil.copy(graded.root / "submitted" / student / hw / f"{name}.ipynb", course / "submitted" / student / hw)
        nbgrader(course, "autograde", hw, env={"COURSE_SEED": "0", "COURSE_DB_URL": ""})
        rows = scores(course, hw, f"sqlite:///{course}/gradebook.db")
        return [r for r in rows if (r.student, r.notebook) in compared]

    with ThreadPoolExecutor(len(students)) as pool:
        want = {(r.student, r.notebook): r.cells for rows in pool.map(bare, students) for r in rows}
    got = {key: row.cells for key, row in graded.rows.items() if key in compared}
    assert set(want) == compared and got == want
    # In bare nbgrader the hidden tests run inline in the notebook's one kernel, as in the source: the reference
    # raises in no cell there (what nbval on source/ checks; the suite does not run the notebooks a third time).
    raised = {p.stem: [(subs.grade_id(c), e[:200]) for c in subs.read(p).cells for e in subs.errors(c)]
              for p in (tmp_path / "reference-seed0" / "autograded" / "reference-seed0" / hw).glob("*.ipynb")}
    assert raised.keys() == names - set(HEAVY.get(hw, ())) and not any(raised.values()), raised
    # The leak our feedback closes is real: bare nbgrader's feedback for the mutants quotes hidden lines.
    nbgrader(tmp_path / "variants-00", "generate_feedback", hw, env={"COURSE_DB_URL": ""})
    pages = (tmp_path / "variants-00" / "feedback").glob(f"*/{hw}/*.html")
    assert any(CANARY in page_text(p) for p in pages)
