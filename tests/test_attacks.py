"""The five classes of attack on the grader (tests/hostile.py), graded by the class grader beside a reference and
an all-wrong control. Each attack earns exactly what its answers earn without it, reads nothing outside its
own folder, changes no file outside its scratch folder, and leaks no hidden text; the rest of the class is
graded normally (test_safety.py). Each is also graded by bare `nbgrader autograde`, where it works: the attack
is real. (Three attack the grader's own worker pipeline, which bare nbgrader does not have: extra notebooks,
the sparse file and /tmp; their effect on the previous grader is in the trusted-grading issue's note.)"""
import re
import sqlite3

import pytest

from grader import limits
from grader.course import scores

from hostile import ASSIGNMENT, NB, PWNED
from test_safety import chromium

POINTS = ["input-transformer", "ast-transformer", "partial-credit-hook", "pretend-objects", "rebind-names",
          "background-thread", "reads-notebook", "code-object-swap"]
SAME_AS_ALL_WRONG = ["host-symlinks", "gradebook-link", "extra-notebooks", "sparse-file", "tmp-fill",
                     "children-memory", "fork-bomb", *POINTS, "prints-cells", "history-dump", "reads-other-files",
                     "submitted-symlinks", "markdown-script", "html-output"]


@pytest.mark.parametrize("student", SAME_AS_ALL_WRONG)
def test_every_attack_earns_exactly_what_its_answers_earn(hostile, student):
    assert hostile.cells(student) == hostile.cells("all-wrong")


# --- 1. harm to the host and to other students ------------------------------------------------------------

def test_links_in_the_kernels_folder_change_no_file_outside(hostile):
    canary = hostile.ctx.canary_file
    assert canary.read_text() == "untouched" and canary.stat().st_mode & 0o777 == 0o640
    assert "WRITE blocked" in hostile.outputs("host-symlinks")
    bare = hostile.bare_ctx.canary_file  # bare nbgrader wrote through the links and chmodded the target
    assert bare.read_text() != "untouched" or bare.stat().st_mode & 0o777 != 0o640


def test_no_kernel_reaches_a_gradebook(hostile):
    with sqlite3.connect(hostile.course / "gradebook.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    graded = {r.student for r in scores(hostile.course, ASSIGNMENT)}
    assert graded >= set(hostile.results) - {"linked-folder"}
    try:  # bare nbgrader wrote the notebook through the link, over its gradebook
        survivors = {r.student for r in scores(hostile.bare_gradebook, ASSIGNMENT)}
    except Exception:
        survivors = set()
    assert "b-next-student" not in survivors


def test_only_the_submitted_notebook_is_graded_and_nothing_else_comes_back(hostile):
    for student in ("extra-notebooks", "sparse-file"):
        autograded = hostile.course / "autograded" / student / ASSIGNMENT
        assert sorted(p.name for p in autograded.iterdir()) == [f"{NB}.ipynb"]
        feedback = hostile.course / "feedback" / student / ASSIGNMENT
        assert sorted(p.name for p in feedback.iterdir()) == [f"{NB}.html"]
        assert sum(p.stat().st_size for p in (*autograded.iterdir(), *feedback.iterdir())) < 5_000_000
    rows = {r.notebook: r for r in scores(hostile.course, ASSIGNMENT) if r.student == "extra-notebooks"}
    assert rows["q7_gradcam"].score == 0 and rows["q4_cnn_vs_rnn"].score == 0
    assert "BEGIN SOLUTION" not in hostile.feedback("extra-notebooks")


# --- 2. limits bypassed ----------------------------------------------------------------------------------

def last_number(text: str, label: str) -> int | None:
    found = [line.split()[-1] for line in text.splitlines() if line.startswith(label)]
    return int(found[-1]) if found else None


def test_tmp_is_on_disk_and_counts_against_the_notebooks_limit(hostile):
    written = last_number(hostile.outputs("tmp-fill"), "TMP MiB") or 0
    assert written < 24 * 128, "the notebook wrote 3 GiB to /tmp, past its 1 GiB limit"
    text = hostile.feedback("tmp-fill")
    assert "TMP stopped" in text or "over its limit" in text


@pytest.mark.skipif(limits.cgroup_kind() is None, reason="no cgroup with memory and pids limits here")
def test_a_notebooks_children_share_its_memory_and_process_limits(hostile):
    held = last_number(hostile.outputs("children-memory"), "CHILDREN held 512 MiB:")
    assert held is None or held * 512 < 3 * 1024, f"{held} children held 512 MiB each under a 3 GiB limit"
    assert last_number(hostile.outputs("children-memory", hostile.bare), "CHILDREN held 512 MiB:") == 8
    forked = last_number(hostile.outputs("fork-bomb"), "FORKED")
    assert forked is None or forked < 300


# --- 3. points without answers ---------------------------------------------------------------------------

@pytest.mark.parametrize("student", POINTS)
def test_changing_how_tests_run_or_what_they_see_earns_nothing(hostile, student):
    assert sum(hostile.cells(student).values()) == sum(hostile.cells("all-wrong").values())
    bare = hostile.cells(student, hostile.bare_cheats)
    assert sum(bare.values()) > sum(hostile.cells("all-wrong", hostile.bare_cheats).values()), \
        f"{student} should gain points under bare nbgrader: {bare}"


def test_a_kernel_finds_no_hidden_test_to_read_its_answers_from(hostile):
    assert "ANSWERS [False, False, True, False, True] a" in hostile.outputs("reads-notebook")
    assert "ANSWERS [True, True, False, True, False] b" in hostile.outputs("reads-notebook", hostile.bare_cheats)


# --- 4. leaks --------------------------------------------------------------------------------------------

def student_facing_text(root) -> list[tuple[str, str]]:
    """(file, text) of every feedback page and report, and of everything in autograded notebooks but the hidden
    tests' own source (which nbgrader keeps there by design, for the TA)."""
    out = [(str(p), p.read_text(errors="replace")) for p in (root / "feedback").rglob("*") if p.is_file()]
    out += [(str(p), p.read_text(errors="replace")) for p in (root / "autograded").glob("*.*")]
    from grader import submissions as subs

    for path in (root / "autograded").rglob("*.ipynb"):
        nb = subs.read(path)
        for c in nb.cells:
            hidden = "### BEGIN HIDDEN TESTS" in c.source
            out.append((f"{path} {subs.grade_id(c)}", ("" if hidden else c.source) + str(c.get("outputs", ""))))
    return out


def test_hidden_tests_reach_no_feedback_output_or_report(hostile):
    secret = hostile.ctx.secret
    leaked = [name for name, text in student_facing_text(hostile.course) if secret in text]
    assert not leaked, leaked[:5]
    bare = {name for root in (hostile.bare, hostile.bare_cheats) for name, text in student_facing_text(root)
            if secret in text}
    for student in ("prints-cells", "history-dump", "submitted-symlinks"):
        assert any(f"/{student}/" in name for name in bare), f"{student} should leak under bare nbgrader"


def test_nothing_outside_the_kernels_folders_can_be_read(hostile):
    assert "READ []" in hostile.outputs("reads-other-files")
    assert "READ []" not in hostile.outputs("reads-other-files", hostile.bare)


def test_links_in_a_submission_are_dropped_with_a_reason(hostile):
    out = hostile.outputs("submitted-symlinks")
    assert "FILE" not in out, out[:500]
    text = hostile.feedback("submitted-symlinks")
    for name in ("answers.txt", "peer.txt", "gradebook.txt", "secret.txt"):
        assert f"{name} was not used: it is a symbolic link" in text


def test_a_linked_notebook_or_folder_is_never_graded_as_someone_elses(hostile):
    assert not any(hostile.cells("linked-notebook").values())
    assert "symbolic link" in hostile.feedback("linked-notebook")
    assert "symbolic link" in hostile.results["linked-folder"].error
    assert sum(hostile.cells("linked-notebook", hostile.bare).values()) == 8  # bare nbgrader: the reference's


# --- 5. scripts in the pages a student or a TA opens ---------------------------------------------------------

def rendered(page, tmp_path) -> str:
    return chromium(page, tmp_path, "--virtual-time-budget=3000", "--dump-dom").stdout


def formgrader_page(root, student, tmp_path):
    """The page the formgrader serves a TA for this submission, rendered the formgrader's way."""
    from nbconvert.exporters import HTMLExporter
    from nbgrader.server_extensions.formgrader import handlers
    from traitlets.config import Config

    config = Config()
    config.HTMLExporter.template_name = "formgrade"
    config.HTMLExporter.extra_template_basedirs = [handlers.template_path]
    resources = {"assignment_id": ASSIGNMENT, "notebook_id": NB, "submission_id": "x", "index": 0, "total": 1,
                 "base_url": "", "student": student, "last_name": "", "first_name": "", "notebook_path": ""}
    page, _ = HTMLExporter(config=config).from_filename(
        str(root / "autograded" / student / ASSIGNMENT / f"{NB}.ipynb"), resources=resources)
    path = tmp_path / f"{student}-formgrade.html"
    path.write_text(page)
    return path


@pytest.mark.parametrize("student", ["markdown-script", "html-output"])
def test_feedback_and_formgrader_pages_run_no_student_script(hostile, student, tmp_path):
    for page in (hostile.course / "feedback" / student / ASSIGNMENT / f"{NB}.html",
                 formgrader_page(hostile.course, student, tmp_path)):
        dom = rendered(page, tmp_path)
        assert "<body" in dom and f'{PWNED}="' not in dom and "<title>PWNED" not in dom, page
        markup = page.read_text()  # sanitized too: no live tag left (the cell's source shows it, escaped)
        assert not re.search(r"<img[^>]*onerror", markup) and "<script>document" not in markup
    bare = rendered(hostile.bare_cheats / "feedback" / student / ASSIGNMENT / f"{NB}.html", tmp_path)
    assert f'{PWNED}="' in bare, "the script should run in bare nbgrader's feedback"


def test_chromium_is_the_judge(tmp_path):
    """The check above can fail: a page whose script runs is caught."""
    page = tmp_path / "page.html"
    page.write_text(f'<html><body><img src="x" onerror="document.body.setAttribute(\'{PWNED}\', \'yes\')"></body></html>')
    assert f'{PWNED}="yes"' in rendered(page, tmp_path)
