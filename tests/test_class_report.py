"""grader.class_report: means per question, totals that list pending manual points, the registrar CSV, the PNGs,
the item analysis."""
import csv

import numpy as np
import pytest

from grader.class_report import item_analysis, per_question, totals, write
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
    report, png, items_png, registrar = write(tmp_path, "hw9", ROWS)
    assert png.read_bytes()[:8] == items_png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    rows = list(csv.DictReader(registrar.open()))
    assert [(r["student_id"], r["score"], r["max_score"], r["percent"], r["pending_manual_points"]) for r in rows] \
        == [("ann", "13", "15", "86.7", "2"), ("bob", "2", "15", "13.3", "2")]
    text = report.read_text()
    assert "| q1 | 5.00 | 10 | 2 | 4 |" in text and "hw9_histogram.png" in text


def cells(*scores):
    return {f"t{k}": (s, 1.0) for k, s in enumerate(scores)}


ITEM_ROWS = [NotebookScore(s, "q1", sum(v), 3, cells=cells(*v)) for s, v in
             [("ann", (1, 1, 0)), ("bob", (1, 0, 0)), ("cy", (1, 1, 0)), ("dee", (1, 0, 0)), ("eve", (1, 1, 0))]]
ITEM_ROWS += [NotebookScore(s, "q2", v, 1, cells={"u": (v, 1.0)}) for s, v in
              [("ann", 1), ("bob", 0), ("cy", 0), ("dee", 1), ("eve", 1)]]


def test_item_analysis_shares_discrimination_and_flags():
    items = {(i.notebook, i.cell): i for i in item_analysis(ITEM_ROWS, {"q1": {"t0", "t1", "t2"}, "q2": {"u"}})}
    assert items[("q1", "t0")].share == 1 and items[("q1", "t0")].flag == "everyone passes"
    assert items[("q1", "t2")].share == 0 and items[("q1", "t2")].flag == "no one passes"
    assert items[("q1", "t0")].discrimination is None
    # point-biserial = Pearson's r of earned (0/1) against the rest of the assignment's score, by numpy
    earned = np.array([1, 0, 1, 0, 1.0])
    rest = np.array([2 + 1, 1 + 0, 2 + 0, 1 + 1, 2 + 1]) - earned
    assert items[("q1", "t1")].discrimination == pytest.approx(np.corrcoef(earned, rest)[0, 1], abs=1e-12)
    assert items[("q1", "t1")].share == pytest.approx(0.6)
    u = np.array([1, 0, 0, 1, 1.0])
    rest_u = np.array([3, 1, 2, 2, 3]) - u + u - u  # the q1 points: the rest of each student's score
    assert items[("q2", "u")].discrimination == pytest.approx(np.corrcoef(u, rest_u)[0, 1], abs=1e-12)


def test_negative_discrimination_is_flagged():
    rows = [NotebookScore(s, "q", a + b, 2, cells={"easy": (a, 1.0), "odd": (b, 1.0)}) for s, a, b in
            [("a", 1, 0), ("b", 1, 0), ("c", 0, 1), ("d", 0, 1), ("e", 1, 0)]]
    odd = next(i for i in item_analysis(rows, {}) if i.cell == "odd")
    assert odd.discrimination == pytest.approx(-1.0) and odd.flag == "weaker students pass it more often"
