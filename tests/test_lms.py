"""The LMS round trip: a Canvas or Moodle "download all submissions" zip, in that LMS's file naming, becomes
submitted/<student>/<assignment>/ through nbgrader's zip_collect, losing nothing; grades go back in each LMS's
import layout, with scores that wait for a TA left blank."""
import csv
import io
import shutil
import zipfile
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from grader import lms
from grader.course import nbgrader, nbgrader_env
from conftest import ASSIGNMENT, ROOT

NOTEBOOK = (ROOT / "release" / ASSIGNMENT / "q6_batchnorm.ipynb").read_bytes()
OTHER = (ROOT / "release" / ASSIGNMENT / "q5_conv_shapes.ipynb").read_bytes()
# (student id, first, last, LMS user id): Canvas user ids and Moodle participant ids
ROSTER = [("s101", "Ada", "Byron", "4101"), ("s102", "Alan", "Turing", "4102"), ("s103", "Grace", "Hopper", "4103")]


@pytest.fixture
def lms_course(tmp_path, monkeypatch) -> Path:
    """A course of hw4's release and a roster, no grading (conftest's `course` is the graded one)."""
    monkeypatch.setenv("PATH", nbgrader_env()["PATH"])  # the gradebook migrates with alembic
    shutil.copy(ROOT / "nbgrader_config.py", tmp_path)
    shutil.copytree(ROOT / "release" / ASSIGNMENT, tmp_path / "release" / ASSIGNMENT)
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}") as gb:
        for sid, first, last, lms_id in ROSTER:
            gb.add_student(sid, first_name=first, last_name=last, email=f"{sid}@uni.example", lms_user_id=lms_id)
    return tmp_path


def make_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for i, (name, data) in enumerate(files.items()):
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 11, 30, 12, i, 0)), data)
    return path


def submitted(course: Path) -> dict[str, bytes]:
    return {str(p.relative_to(course / "submitted")): p.read_bytes()
            for p in sorted((course / "submitted").rglob("*")) if p.is_file()}


def test_a_canvas_zip_is_collected_and_every_other_file_is_left_with_its_reason(lms_course):
    zip_path = make_zip(lms_course / "submissions.zip", {
        "byronada_4101_9001_q6_batchnorm.ipynb": NOTEBOOK,       # Canvas's naming
        "byronada_4101_9002_q5_conv_shapes.ipynb": OTHER,         # a student with two files
        "turingalan_LATE_4102_9003_q6_batchnorm.ipynb": b"old",  # handed in, then again:
        "turingalan_LATE_4102_9003_q6_batchnorm-1.ipynb": NOTEBOOK,  # Canvas renames the second upload
        "hopperGrace_4103_9004_q6_batchnorm (1).ipynb": NOTEBOOK,  # renamed by the browser
        "hoppergrace_4103_9005_notes.pdf": b"%PDF",               # not a notebook
        "hoppergrace_4103_9006_q9_unknown.ipynb": b"{}",         # not a notebook of hw4
        "lovelace_4999_9007_q6_batchnorm.ipynb": NOTEBOOK,        # not on the roster
        "q6_batchnorm.ipynb": NOTEBOOK,                           # no name at all
    })
    report = lms.collect(lms_course, ASSIGNMENT, zip_path, "canvas")
    assert submitted(lms_course) == {
        f"s101/{ASSIGNMENT}/q5_conv_shapes.ipynb": OTHER, f"s101/{ASSIGNMENT}/q6_batchnorm.ipynb": NOTEBOOK,
        f"s102/{ASSIGNMENT}/q6_batchnorm.ipynb": NOTEBOOK, f"s103/{ASSIGNMENT}/q6_batchnorm.ipynb": NOTEBOOK}
    assert report["collected"]["turingalan_LATE_4102_9003_q6_batchnorm-1.ipynb"]["late"]
    left = report["left"]
    assert set(left) == {"turingalan_LATE_4102_9003_q6_batchnorm.ipynb", "hoppergrace_4103_9005_notes.pdf",
                         "hoppergrace_4103_9006_q9_unknown.ipynb", "lovelace_4999_9007_q6_batchnorm.ipynb",
                         "q6_batchnorm.ipynb"}
    assert "older copy" in left["turingalan_LATE_4102_9003_q6_batchnorm.ipynb"]
    assert "not a notebook (.pdf)" in left["hoppergrace_4103_9005_notes.pdf"]
    assert "not a notebook of this assignment" in left["hoppergrace_4103_9006_q9_unknown.ipynb"]
    assert "on no student of the roster" in left["lovelace_4999_9007_q6_batchnorm.ipynb"]
    assert "naming" in left["q6_batchnorm.ipynb"]
    extracted = lms_course / "downloaded" / ASSIGNMENT / "extracted"
    assert all((extracted / name).exists() for name in left), "a file left behind must be kept"


def test_a_moodle_zip_in_folders_or_flat_is_collected(lms_course):
    zip_path = make_zip(lms_course / "moodle.zip", {
        "Ada Byron_4101_assignsubmission_file_/q6_batchnorm.ipynb": NOTEBOOK,  # "download in folders"
        "Ada Byron_4101_assignsubmission_file_/q5_conv_shapes.ipynb": OTHER,
        "Alan Turing_4102_assignsubmission_file_q6_batchnorm.ipynb": NOTEBOOK,  # flat
        "Grace Hopper_4103_assignsubmission_onlinetext_onlinetext.html": b"<p>hi</p>",
        "Grace Hopper_7777_assignsubmission_file_q6_batchnorm.ipynb": NOTEBOOK,  # a participant id of another
    })  # assignment: the full name, which one student has, maps it
    report = lms.collect(lms_course, ASSIGNMENT, zip_path, "moodle")
    assert set(submitted(lms_course)) == {f"s101/{ASSIGNMENT}/q5_conv_shapes.ipynb",
                                          *(f"{s}/{ASSIGNMENT}/q6_batchnorm.ipynb" for s in ("s101", "s102", "s103"))}
    assert list(report["left"]) == ["Grace Hopper_4103_assignsubmission_onlinetext_onlinetext.html"]


def test_a_hostile_zip_writes_nothing_outside_its_folder(lms_course, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside")
    with zipfile.ZipFile(lms_course / "evil.zip", "w") as z:
        z.writestr("../../evil_4101_1_q6_batchnorm.ipynb", NOTEBOOK)
        z.writestr(f"{outside}/abs_4101_1_q6_batchnorm.ipynb", NOTEBOOK)
        link = zipfile.ZipInfo("byronada_4101_9001_q6_batchnorm.ipynb")
        link.external_attr = (0o120777 << 16)  # a symlink to the roster
        z.writestr(link, str(lms_course / "gradebook.db"))
        z.writestr("byronada_4101_9002_q5_conv_shapes.ipynb", OTHER)
    report = lms.collect(lms_course, ASSIGNMENT, lms_course / "evil.zip", "canvas")
    assert submitted(lms_course) == {f"s101/{ASSIGNMENT}/q5_conv_shapes.ipynb": OTHER}
    assert list(report["collected"]) == ["byronada_4101_9002_q5_conv_shapes.ipynb"]
    assert sorted(report["left"].values()) == ["not unpacked: a link or device, not a file"] + [
        "not unpacked: its path leaves the folder"] * 2
    assert not list(outside.iterdir()) and not list(lms_course.parent.glob("evil_*"))


def test_a_file_that_is_not_a_zip_is_refused_with_a_reason(lms_course):
    (lms_course / "grades.csv").write_text("a,b\n")
    with pytest.raises(ValueError, match="not a zip file"):
        lms.collect(lms_course, ASSIGNMENT, lms_course / "grades.csv", "canvas")


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text())))


@pytest.fixture
def gradebook_copy(graded, tmp_path) -> Path:
    """The validity class's gradebook (written answers still wait for a TA), copied so that names can be added."""
    for name in ("nbgrader_config.py", "gradebook.db"):
        shutil.copy(graded[ASSIGNMENT].root / name, tmp_path)
    return tmp_path


def test_exports_follow_each_lms_layout_and_leave_what_waits_for_a_ta_blank(gradebook_copy):
    """A TA grades one student's written answers; the others still wait. Scores are nbgrader's own export's."""
    root = gradebook_copy
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for i, student in enumerate(sorted(s.id for s in gb.students)):
            gb.update_or_create_student(student, first_name=f"F{i}", last_name=f"L{i}", email=f"{student}@x",
                                        lms_user_id=str(5000 + i))
        handed = {sub.student.id: sub for sub in gb.assignment_submissions(ASSIGNMENT)}
        waiting = sorted(sid for sid, sub in handed.items() if sub.needs_manual_grade)
        for grade in (g for nb in handed[waiting[0]].notebooks for g in nb.grades if g.needs_manual_grade):
            grade.manual_score, grade.needs_manual_grade = grade.max_score, False  # as the formgrader saves it
        gb.db.commit()
        waiting = {sid for sid, sub in handed.items() if sub.needs_manual_grade}
        blank = waiting | {s.id for s in gb.students if s.id not in handed}
        full = gb.find_assignment(ASSIGNMENT).max_score
    nbgrader(root, "export", f"--assignment={ASSIGNMENT}", "--to=nbgrader.csv")
    score = {row["student_id"]: f"{float(row['score']):g}" for row in csv.DictReader(open(root / "nbgrader.csv"))}
    expected = {sid: "" if sid in blank else score[sid] for sid in score}
    assert blank and len(blank) < len(expected) and len(waiting) < len(handed), "pending, graded and missing"

    canvas = read_csv(lms.export(root, "canvas", root / "canvas.csv", [ASSIGNMENT]))
    assert canvas[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", ASSIGNMENT]
    assert canvas[1][0] == "Points Possible" and float(canvas[1][5]) == full
    assert {row[3]: row[5] for row in canvas[2:]} == expected
    assert all(row[1] == str(5000 + int(row[0].split(",")[0][1:])) for row in canvas[2:]), "ID: the Canvas user id"
    moodle = read_csv(lms.export(root, "moodle", root / "moodle.csv", [ASSIGNMENT]))
    assert moodle[0] == ["First name", "Last name", "ID number", "Email address", f"Assignment: {ASSIGNMENT} (Real)"]
    assert {row[2]: (row[4] and f"{float(row[4]):g}") for row in moodle[1:]} == expected


def test_canvas_columns_carry_the_canvas_assignment_id_when_configured(gradebook_copy):
    out = gradebook_copy / "c.csv"
    nbgrader(gradebook_copy, "export", f"--assignment={ASSIGNMENT}", "--exporter=grader.lms.CanvasExport",
             f"--to={out}",
             f'--CanvasExport.assignment_ids={{"{ASSIGNMENT}": "777"}}')
    assert read_csv(out)[0][5] == f"{ASSIGNMENT} (777)"


def test_a_zip_handed_in_cannot_hand_in_for_another_student(lms_course):
    """Alan uploads a zip holding a notebook named in Canvas's convention as Ada's. Bare nbgrader's zip_collect
    unpacks archives inside the download and files the inner notebook as Ada's; ours leaves the zip, unopened."""
    forged = NOTEBOOK.replace(b'"cells"', b'"forged_by": "s102", "cells"', 1)
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("byronada_4101_9001_q6_batchnorm.ipynb", forged)
    files = {"byronada_4101_9002_q5_conv_shapes.ipynb": OTHER, "turingalan_4102_9003_work.zip": inner.getvalue()}
    bare = lms_course / "bare"
    shutil.copytree(lms_course, bare, ignore=shutil.ignore_patterns("bare"))
    (bare / "downloaded" / ASSIGNMENT / "archive").mkdir(parents=True)
    make_zip(bare / "downloaded" / ASSIGNMENT / "archive" / "all.zip", files)
    nbgrader(bare, "zip_collect", ASSIGNMENT, "--force",
             r"--FileNameCollectorPlugin.named_regexp=.*_(?P<student_id>\d+)_\d+_(?P<file_id>[^/]+)$")
    assert (bare / "submitted" / "4101" / ASSIGNMENT / "q6_batchnorm.ipynb").read_bytes() == forged

    report = lms.collect(lms_course, ASSIGNMENT, make_zip(lms_course / "all.zip", files), "canvas")
    assert submitted(lms_course) == {f"s101/{ASSIGNMENT}/q5_conv_shapes.ipynb": OTHER}
    assert report["left"] == {"turingalan_4102_9003_work.zip": "not a notebook (.zip): only .ipynb files are graded"}
