"""nbgrader's exchange end to end on this machine, as on a JupyterHub: a real exchange folder and Unix users the
test creates (an instructor, a student on the roster, a stranger who is not). release_assignment, fetch, the
student's answers, submit (twice: the latest counts), collect, `grader.autograde` (make autograde),
release_feedback and fetch_feedback; a late submission gets the configured penalty; the stranger's submission
is refused with its reason; and a folder one user files under another's name, which bare nbgrader's collect
takes, is refused (grader/exchange.py)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from grader import submissions as subs
from grader.course import nbgrader_env
from conftest import ROOT

ASSIGNMENT, NOTEBOOK, COURSE_ID = "hw4", "q6_batchnorm", "deep-learning"
pytestmark = pytest.mark.skipif(os.geteuid() != 0 or not all(map(shutil.which, ("useradd", "userdel", "runuser"))),
                                reason="acting as Unix users needs root, useradd, userdel and runuser (CI has them)")


@pytest.fixture(scope="module")
def hub():
    """Users, an exchange folder and the instructor's course of one notebook, released to the exchange. It lives in
    /tmp, not in pytest's folder (0700): the users must reach their homes and the exchange."""
    base = Path(tempfile.mkdtemp(prefix="dlc-hub-", dir="/tmp"))
    os.chmod(base, 0o755)
    opened = reachable(Path(os.path.realpath(sys.executable)), Path(sys.prefix), ROOT)
    tag = uuid.uuid4().hex[:6]
    users = {role: f"dlc{role[:4]}{tag}" for role in ("instructor", "student", "stranger")}
    try:
        yield make_hub(base, users)
    finally:  # also when setting up failed half-way
        for name in users.values():
            subprocess.run(["userdel", "--remove", name], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)
        for folder, mode in opened.items():
            os.chmod(folder, mode)


def make_hub(base: Path, users: dict[str, str]) -> dict:
    for name in users.values():
        subprocess.run(["useradd", "--create-home", "--home-dir", str(base / "home" / name), "--shell", "/bin/sh",
                        name], check=True)
    exchange = base / "exchange"
    exchange.mkdir(mode=0o777)
    os.chmod(exchange, 0o777)
    for role in ("student", "stranger"):  # on a hub, the single-user image's nbgrader_config.py says this
        config = base / "home" / users[role] / ".jupyter" / "nbgrader_config.py"
        config.parent.mkdir()
        config.write_text(f"c = get_config()\nc.Exchange.root = {str(exchange)!r}\n")
        subprocess.run(["chown", "-R", f"{users[role]}:", str(config.parent)], check=True)
    course = base / "home" / users["instructor"] / "course"
    course.mkdir()
    shutil.copy(ROOT / "nbgrader_config.py", course)
    (course / "source" / ASSIGNMENT).mkdir(parents=True)
    shutil.copy(ROOT / "source" / ASSIGNMENT / f"{NOTEBOOK}.ipynb", course / "source" / ASSIGNMENT)
    with open(course / "nbgrader_config.py", "a") as f:
        f.write(f"\nc.Exchange.root = {str(exchange)!r}\nc.LateSubmissionPlugin.penalty_method = 'zero'\n")
    subprocess.run(["chown", "-R", f"{users['instructor']}:", str(course)], check=True)
    hub = {"base": base, "users": users, "exchange": exchange, "course": course}
    as_user(hub, "instructor", "db", "student", "add", users["student"], "--last-name=Student", cwd=course)
    as_user(hub, "instructor", "generate_assignment", ASSIGNMENT, cwd=course)
    as_user(hub, "instructor", "release_assignment", ASSIGNMENT, cwd=course)
    return hub


def reachable(*paths: Path) -> dict[Path, int]:
    """Let other users traverse (o+x, never read) the folders above the interpreter, the venv and the course's
    code, as on a hub where Python is installed for everyone. Here the interpreter sits under /root (0700).
    Returns the modes to restore."""
    changed = {}
    for path in paths:
        for folder in [path, *path.parents] if path.is_dir() else path.parents:
            mode = folder.stat().st_mode & 0o7777
            if not mode & 0o001 and folder not in changed:
                changed[folder] = mode
                os.chmod(folder, mode | 0o001)
    return changed


def home(hub, role) -> Path:
    return hub["base"] / "home" / hub["users"][role]


def as_user(hub, role, *args, cwd=None, check=True, module="nbgrader") -> subprocess.CompletedProcess:
    """Run `python -m nbgrader ARGS` (or another module) as that user, in cwd (default: the user's home)."""
    name = hub["users"][role]
    env = {**nbgrader_env(), "HOME": str(home(hub, role)), "USER": name, "LOGNAME": name,
           "JUPYTER_RUNTIME_DIR": str(home(hub, role) / ".runtime")}
    proc = subprocess.run(["runuser", "-u", name, "--", sys.executable, "-m", module, *args],
                          cwd=cwd or home(hub, role), env=env, capture_output=True, text=True, timeout=900)
    if check and proc.returncode:
        raise AssertionError(f"{role}: {' '.join(args)} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-3000:]}")
    return proc


def hand_in(hub, role, nb) -> None:
    """The user fetches the assignment (once), writes `nb` over the notebook and submits."""
    folder = home(hub, role) / ASSIGNMENT
    if not folder.exists():
        as_user(hub, role, "fetch_assignment", ASSIGNMENT, f"--course={COURSE_ID}")
    path = folder / f"{NOTEBOOK}.ipynb"
    subs.write(nb, path)
    shutil.chown(path, hub["users"][role])
    as_user(hub, role, "submit", ASSIGNMENT, f"--course={COURSE_ID}")


def notebooks(hub):
    release_nb = subs.read(hub["course"] / "release" / ASSIGNMENT / f"{NOTEBOOK}.ipynb")
    source_nb = subs.read(hub["course"] / "source" / ASSIGNMENT / f"{NOTEBOOK}.ipynb")
    return subs.reference(source_nb, release_nb), subs.blank(release_nb)


def test_release_fetch_submit_collect_grade_and_feedback_through_the_exchange(hub):
    reference, blank = notebooks(hub)
    student = hub["users"]["student"]
    fetched = home(hub, "student") / ASSIGNMENT
    hand_in(hub, "student", blank)  # a first try, blank
    hand_in(hub, "student", reference)  # handed in again: the latest counts
    hand_in(hub, "stranger", reference)  # not on the roster
    course = hub["course"]
    collect = as_user(hub, "instructor", "collect", ASSIGNMENT, cwd=course)
    refused = json.loads((course / "inbound_refused.json").read_text())
    assert [why for why in refused.values()] == [f"{hub['users']['stranger']} is not on the roster of {COURSE_ID}"]
    assert "refused" in collect.stdout + collect.stderr
    assert sorted(p.name for p in (course / "submitted").iterdir()) == [student]
    got = subs.read(course / "submitted" / student / ASSIGNMENT / f"{NOTEBOOK}.ipynb")
    assert [c.source for c in got.cells] == [c.source for c in reference.cells], "the latest submission counts"

    as_user(hub, "instructor", ASSIGNMENT, "--root", str(course), "--quiet", "--workers=1", cwd=course,
            module="grader.autograde")
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        sub = gb.find_submission(ASSIGNMENT, student)
        score, full, late = sub.score, sub.max_score, sub.late_submission_penalty
    assert score > 0 and late == 0
    as_user(hub, "instructor", "release_feedback", ASSIGNMENT, cwd=course)
    as_user(hub, "student", "fetch_feedback", ASSIGNMENT, f"--course={COURSE_ID}")
    pages = list((fetched / "feedback").rglob(f"{NOTEBOOK}.html"))
    assert len(pages) == 1 and "autograded points" in pages[0].read_text()


def write_inbound(hub, role, folder_name: str, nb, stamp: str) -> Path:
    """As `role`, a submission folder written straight into the exchange's inbound/, named and dated as it likes."""
    folder = hub["exchange"] / COURSE_ID / "inbound" / folder_name
    subprocess.run(["runuser", "-u", hub["users"][role], "--", "mkdir", str(folder)], check=True)
    subs.write(nb, folder / f"{NOTEBOOK}.ipynb")
    (folder / "timestamp.txt").write_text(stamp)
    subprocess.run(["chown", "-R", hub["users"][role], str(folder)], check=True)
    return folder


def bare_collect(hub, tmp_path, only: Path) -> Path:
    """Bare nbgrader's collect (its own exchange classes) in a copy of the course, from an exchange holding only
    `only`; returns the copy."""
    bare, exchange = tmp_path / "bare", tmp_path / "exchange"
    shutil.copytree(hub["course"], bare,
                    ignore=shutil.ignore_patterns("submitted", "autograded", "feedback", ".staged"))
    shutil.copytree(only, exchange / COURSE_ID / "inbound" / only.name)
    with open(bare / "nbgrader_config.py", "a") as f:
        f.write(f"\nfrom nbgrader.exchange.default.collect import ExchangeCollect\n"
                f"c.ExchangeFactory.collect = ExchangeCollect\nc.Exchange.root = {str(exchange)!r}\n")
    subprocess.run([sys.executable, "-m", "nbgrader", "collect", ASSIGNMENT], cwd=bare, env=nbgrader_env(),
                   check=True, capture_output=True)
    return bare


def test_a_late_submission_gets_the_configured_penalty_whatever_date_it_claims(hub, tmp_path):
    """Due on 2020-01-01, the student hands in now, in a folder whose name and timestamp.txt say 2019. Bare
    nbgrader's collect records 2019 (on time); ours dates it by its arrival, and the penalty ("zero") applies."""
    course, student = hub["course"], hub["users"]["student"]
    reference, _ = notebooks(hub)
    claimed = "2019-12-31 23:00:00.000000 UTC"
    folder = write_inbound(hub, "student", f"{student}+{ASSIGNMENT}+{claimed}+backdated", reference, claimed)
    as_user(hub, "instructor", "db", "assignment", "add", ASSIGNMENT, "--duedate=2020-01-01 00:00:00 UTC", cwd=course)

    bare = bare_collect(hub, tmp_path, folder)
    assert (bare / "submitted" / student / ASSIGNMENT / "timestamp.txt").read_text() == claimed

    as_user(hub, "instructor", "collect", "--update", ASSIGNMENT, cwd=course)
    assert (course / "submitted" / student / ASSIGNMENT / "timestamp.txt").read_text() > "2026"
    as_user(hub, "instructor", ASSIGNMENT, "--root", str(course), "--quiet", "--workers=1", cwd=course,
            module="grader.autograde")
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        sub = gb.find_submission(ASSIGNMENT, student)
        assert sub.late_submission_penalty == sub.score > 0  # "zero": a late submission scores nothing


def test_a_submission_filed_under_another_students_name_is_refused(hub, tmp_path):
    """The stranger writes a folder named as the student's, dated after the student's own. Bare nbgrader's collect
    files it as the student's submission (it only warns); ours refuses it and keeps the student's."""
    course, student = hub["course"], hub["users"]["student"]
    reference, blank = notebooks(hub)
    hand_in(hub, "student", reference)  # the student's own, so that this test stands alone
    claimed = "2099-01-01 00:00:00.000000 UTC"
    forged = write_inbound(hub, "stranger", f"{student}+{ASSIGNMENT}+{claimed}+forged", blank, claimed)

    bare = bare_collect(hub, tmp_path, forged)
    assert subs.read(bare / "submitted" / student / ASSIGNMENT / f"{NOTEBOOK}.ipynb").cells == blank.cells

    as_user(hub, "instructor", "collect", "--update", ASSIGNMENT, cwd=course)
    refused = json.loads((course / "inbound_refused.json").read_text())
    assert refused[forged.name] == f"handed in under {student}'s name by {hub['users']['stranger']}"
    kept = subs.read(course / "submitted" / student / ASSIGNMENT / f"{NOTEBOOK}.ipynb")
    assert kept.cells != blank.cells
