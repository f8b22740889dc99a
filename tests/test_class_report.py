"""grader.class_report: means per question, totals that list pending manual points, the registrar CSV, the PNG."""
import csv

from grader.class_report import per_question, totals, write
from grader.course import NotebookScore

ROWS = [NotebookScore("ann", "q1", 8, 10, pending=2), NotebookScore("ann", "q2", 5, 5),
        NotebookScore("bob", "q1", 2, 10, pending=2), NotebookScore("bob", "q2", 0, 5)]


def test_per_question_means_and_pending_points():
    assert per_question(ROWS) == {"q1": (5.0, 10, 2, 4), "q2": (2.5, 5, 2, 0)}


def test_totals_are_out_of_all_points_and_list_pending_ones():
    t = totals(ROWS)
    assert t["ann"] == {"score": 13, "max": 15, "pending": 2, "percent": 100 * 13 / 15}
    assert t["bob"]["score"] == 2 and round(t["bob"]["percent"], 2) == 13.33


def test_write_makes_report_histogram_and_registrar_csv(tmp_path):
    report, png, registrar = write(tmp_path, "hw9", ROWS)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    rows = list(csv.DictReader(registrar.open()))
    assert [(r["student_id"], r["score"], r["max_score"], r["percent"], r["pending_manual_points"]) for r in rows] \
        == [("ann", "13", "15", "86.7", "2"), ("bob", "2", "15", "13.3", "2")]
    text = report.read_text()
    assert "| q1 | 5.00 | 10 | 2 | 4 |" in text and "hw9_histogram.png" in text
