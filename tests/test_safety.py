"""Hostile submissions (tests/hostile.py) graded by the class grader: runaway cells, dying kernels, the network.
Each is graded, contained and explained, and the rest of the class is graded normally. The five classes of
attacks on the grader itself are in test_attacks.py; both use the same graded class."""
import shutil
import subprocess

from grader import sandbox

from hostile import CELL_TIMEOUT, WALL_LIMIT

FULL = {"bn_true_false_hidden": 0.5, "bn_multiple_choice_hidden": 0.5, "bn_train_hidden": 2, "bn_test_hidden": 1,
        "bn_keras_hidden": 1, "bn_backward_hidden": 2, "bn_params_hidden": 1}


def test_sandbox_is_available_here():
    assert sandbox.unavailable_reason() is None, sandbox.warning()


def test_the_rest_of_the_class_is_graded_normally(hostile):
    assert hostile.cells("safe-reference") == FULL
    errors = {s: r.error for s, r in hostile.results.items() if r.error}
    assert errors.keys() == {"linked-folder"}, errors  # the one submission that is a link to another's folder


def test_nothing_is_left_behind(hostile):
    """Worker courses, scratch folders, kernel sockets and cgroups are gone, even where kernels died or were
    killed at a limit."""
    assert not hostile.leftovers


def test_an_infinite_loop_is_interrupted_and_only_its_cell_fails(hostile):
    got = hostile.cells("infinite-loop")
    assert got["bn_train_hidden"] == 0 and got["bn_test_hidden"] == 0
    assert got["bn_backward_hidden"] == 2 and got["bn_params_hidden"] == 1
    assert "KeyboardInterrupt" in hostile.feedback("infinite-loop")


def test_a_cell_that_ignores_interrupts_stops_the_kernel_and_keeps_earlier_points(hostile):
    got = hostile.cells("runaway-ignores-interrupt")
    assert got["bn_true_false_hidden"] == 0.5 and got["bn_multiple_choice_hidden"] == 0.5
    assert got["bn_train_hidden"] == 0 and got["bn_backward_hidden"] == 0 and got["bn_params_hidden"] == 0
    assert "did not stop when interrupted" in hostile.feedback("runaway-ignores-interrupt")


def test_a_notebook_over_its_time_limit_gets_zero_and_the_reason(hostile):
    assert not any(hostile.cells("slow-everywhere").values())
    assert f"longer than the grader's limit of {WALL_LIMIT}" in hostile.feedback("slow-everywhere")


def test_a_memory_bomb_gets_memory_error_in_its_cell(hostile):
    got = hostile.cells("memory-bomb")
    assert got["bn_train_hidden"] == 0 and got["bn_backward_hidden"] == 2
    assert "MemoryError" in hostile.feedback("memory-bomb")


def test_a_huge_print_is_cut_and_the_cell_fails(hostile):
    nb_file = hostile.course / "autograded" / "huge-print" / "hw4" / "q6_batchnorm.ipynb"
    assert nb_file.stat().st_size < 3_000_000
    assert "OutputLimitExceeded" in hostile.outputs("huge-print")
    assert hostile.cells("huge-print")["bn_backward_hidden"] == 2  # the rest is graded


def test_a_kernel_that_kills_itself_loses_only_what_comes_after(hostile):
    got = hostile.cells("kills-its-kernel")
    assert got["bn_train_hidden"] == 2 and got["bn_keras_hidden"] == 1
    assert got["bn_backward_hidden"] == 0 and got["bn_params_hidden"] == 0
    assert "KernelDied" in hostile.feedback("kills-its-kernel")


def test_sys_exit_fails_its_cell(hostile):
    got = hostile.cells("sys-exit")
    assert got["bn_train_hidden"] == 2 and got["bn_backward_hidden"] == 0


def test_no_network(hostile):
    assert hostile.listener.received == []
    assert "NETWORK blocked" in hostile.outputs("network")


def test_a_function_that_loops_when_a_hidden_test_calls_it_is_stopped_at_the_cell_limit(hostile):
    got = hostile.cells("loops-in-tests")
    assert got["bn_train_hidden"] == 0 and got["bn_test_hidden"] == 1 and got["bn_backward_hidden"] == 2
    assert "KeyboardInterrupt" in hostile.feedback("loops-in-tests")
    assert CELL_TIMEOUT < WALL_LIMIT


CHROMIUM = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium(page, tmp_path, *flags) -> subprocess.CompletedProcess:
    browser = shutil.which("chromium")
    assert browser, "chromium is not installed (apt-get install chromium; make setup does it as root)"
    return subprocess.run([browser, *CHROMIUM, f"--user-data-dir={tmp_path / 'profile'}", *flags, page.as_uri()],
                          capture_output=True, text=True, timeout=120)


def test_feedback_renders_in_headless_chromium(hostile, tmp_path):
    """The feedback a student opens: its grader notes and scores survive rendering, and the page is drawn."""
    import html
    import re

    page = hostile.course / "feedback" / "slow-everywhere" / "hw4" / "q6_batchnorm.html"
    text = html.unescape(re.sub(r"<[^>]+>", "", chromium(page, tmp_path, "--dump-dom").stdout))
    assert "Grader notes" in text and re.search(r"q6_batchnorm:\s+(Score: 0\.0 / 10\.0|0\.0 of \d+\.\d autograded points)", text)
    shot = tmp_path / "feedback.png"
    chromium(page, tmp_path, "--window-size=1100,900", f"--screenshot={shot}")
    from PIL import Image

    grey = Image.open(shot).convert("L")
    assert grey.size == (1100, 900)
    darkest, lightest = grey.getextrema()
    assert darkest < 80 and lightest > 200, "the page looks blank"


def test_a_notebook_finds_nothing_of_the_one_before(hostile):
    """A student's notebooks share their kernel box, but each kernel is a fresh fork of its template, and
    what q5 left (a daemon, files in /tmp and HOME) is gone before q6 starts. Bare nbgrader leaves it all."""
    assert "HAUNTED 0 0" in hostile.outputs("haunts-next-notebook")
    assert hostile.cells("haunts-next-notebook") == FULL
    bare = hostile.outputs("haunts-next-notebook", hostile.bare)
    assert "HAUNTED" in bare and "HAUNTED 0 0" not in bare


def test_killing_the_box_template_costs_only_that_notebook(hostile):
    """q5 kills every process it may signal, its box's template too: q6 gets a new box and its full marks."""
    assert hostile.cells("kills-its-template") == FULL
