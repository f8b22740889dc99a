"""The class report a TA hands on: score table, per-question means, a grade histogram, a registrar CSV, the
known mistakes the class made, and an item analysis of every hidden test.

Writes autograded/<assignment>_report.md, autograded/<assignment>_histogram.png,
autograded/<assignment>_items.png and autograded/<assignment>_registrar.csv. Scores are out of each notebook's
full points; points of written answers still waiting for a TA are listed apart ("pending"): until they are
graded a score is a floor.

Item analysis, per hidden test: the share of students who earned it, and its discrimination, the
point-biserial correlation between earning it (1 or 0) and the rest of the student's autograded score on the
assignment. A test everyone or no one passes tells nothing apart and is flagged; so is one that the weaker
students pass more often (negative discrimination).
"""
import csv
import json
import math
from dataclasses import dataclass
from pathlib import Path

import nbformat

from .course import NotebookScore, score_table


def per_question(rows: list[NotebookScore]) -> dict[str, tuple[float, float, int, float]]:
    """notebook -> (mean score, full points, number of students, points still pending for a TA in all)."""
    out = {}
    for name in sorted({r.notebook for r in rows}):
        mine = [r for r in rows if r.notebook == name]
        out[name] = (sum(r.score for r in mine) / len(mine), max(r.max_score for r in mine), len(mine),
                     sum(r.pending for r in mine))
    return out


def totals(rows: list[NotebookScore]) -> dict[str, dict]:
    """student -> score, full points, points pending for a TA, and percent of the full points."""
    out = {}
    for r in rows:
        t = out.setdefault(r.student, {"score": 0.0, "max": 0.0, "pending": 0.0})
        t["score"] += r.score
        t["max"] += r.max_score
        t["pending"] += r.pending
    for t in out.values():
        t["percent"] = 100.0 * t["score"] / t["max"] if t["max"] else 0.0
    return out


@dataclass
class Item:
    notebook: str
    cell: str
    points: float
    students: int
    share: float  # of the students who handed the notebook in, those who earned the test's points
    discrimination: float | None  # point-biserial against the rest of the score; None where either is constant

    @property
    def flag(self) -> str:
        if self.share == 1:
            return "everyone passes"
        if self.share == 0:
            return "no one passes"
        if self.discrimination is not None and self.discrimination < 0:
            return "weaker students pass it more often"
        return ""


def test_cells(root: Path, assignment: str) -> dict[str, set[str]]:
    """notebook -> grade_ids of its autograded test cells, read from the release (empty if there is none)."""
    out = {}
    for path in sorted((Path(root) / "release" / assignment).glob("*.ipynb")):
        cells = nbformat.read(str(path), as_version=4).cells
        out[path.stem] = {c.metadata["nbgrader"]["grade_id"] for c in cells if c.cell_type == "code"
                          and c.metadata.get("nbgrader", {}).get("grade") and not c.metadata["nbgrader"].get("solution")}
    return out


def correlation(x: list[float], y: list[float]) -> float | None:
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sx, sy = sum((a - mx) ** 2 for a in x), sum((b - my) ** 2 for b in y)
    if sx == 0 or sy == 0:
        return None
    return sum((a - mx) * (b - my) for a, b in zip(x, y)) / math.sqrt(sx * sy)


def item_analysis(rows: list[NotebookScore], tests: dict[str, set[str]]) -> list[Item]:
    """Every test cell of `tests` (notebook -> grade_ids; where a notebook is missing, every autograded cell)."""
    auto = {}  # student -> autograded points earned on the assignment
    for r in rows:
        auto[r.student] = auto.get(r.student, 0.0) + sum(s for s, _ in r.cells.values() if s is not None)
    items = []
    for name in sorted({r.notebook for r in rows}):
        mine = [r for r in rows if r.notebook == name]
        cells = sorted(tests.get(name) or {c for r in mine for c, (s, _) in r.cells.items() if s is not None})
        for cell in cells:
            have = [r for r in mine if cell in r.cells and r.cells[cell][0] is not None]
            if not have:
                continue
            earned = [float(r.cells[cell][0] == r.cells[cell][1]) for r in have]
            rest = [auto[r.student] - r.cells[cell][0] for r in have]
            items.append(Item(name, cell, have[0].cells[cell][1], len(have), sum(earned) / len(have),
                              correlation(earned, rest) if len(have) > 1 else None))
    return items


def item_plot(items: list[Item], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.5))
    names = sorted({i.notebook for i in items})
    cmap = plt.get_cmap("tab10")
    for k, name in enumerate(names):
        mine = [i for i in items if i.notebook == name]
        ax.scatter([i.share for i in mine], [i.discrimination if i.discrimination is not None else 0 for i in mine],
                   color=cmap(k % 10), label=name, s=28,
                   facecolors=[cmap(k % 10) if i.discrimination is not None else "none" for i in mine])
    ax.axhline(0, color="grey", lw=0.8)
    ax.axhspan(-1, 0.2, color="#f2dede", alpha=0.35, lw=0)
    ax.set_xlim(-0.03, 1.03)
    ax.set_ylim(-1, 1)
    ax.set_xlabel("share of students who earned the test")
    ax.set_ylabel("discrimination (point-biserial)")
    ax.set_title(f"{title} (hollow: undefined, drawn at 0)")
    if names:
        ax.legend(fontsize=7, loc="lower left", ncol=2)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def mistakes_section(root: Path, assignment: str, students: set[str]) -> list[str]:
    """The known mistakes the class made, per notebook, and the failures no known mistake explains."""
    path = Path(root) / "autograded" / f"{assignment}_known_mistakes.json"
    if not path.is_file():
        return []
    record = {s: v for s, v in json.loads(path.read_text()).items() if s in students}
    made, unexplained = {}, {}
    for by_notebook in record.values():
        for name, entry in by_notebook.items():
            for m in entry["matches"]:
                key = (name, m["mistake"])
                made[key] = (made.get(key, (0, m["hint"]))[0] + 1, m["hint"])
            for cell, message in entry["unexplained"].items():
                if not message.startswith("NotImplementedError"):
                    unexplained[(name, cell, message)] = unexplained.get((name, cell, message), 0) + 1
    lines = ["## Known mistakes", "", "Students whose hidden-test failures match a known mistake (its hint is in "
             "their feedback).", "", "| notebook | mistake | students | hint |", "|---|---|---|---|"]
    lines += [f"| {n} | {m} | {k} | {h} |" for (n, m), (k, h) in sorted(made.items(), key=lambda x: (x[0][0], -x[1][0]))]
    lines += ["", "Failed hidden tests that no known mistake explains (candidates for the next mutant; unanswered "
              "parts, NotImplementedError, left out):", "", "| notebook | test | message | students |", "|---|---|---|---|"]
    lines += [f"| {n} | {c} | `{m.replace('|', '/').replace('`', '')}` | {k} |"
              for (n, c, m), k in sorted(unexplained.items(), key=lambda x: (x[0][0], -x[1]))]
    return lines + [""]


def histogram(percents: list[float], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.hist(percents, bins=[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100.001], color="#4c72b0", edgecolor="white")
    ax.set_xlabel("score (% of all points; written answers not yet graded count 0)")
    ax.set_ylabel("students")
    ax.set_title(title)
    ax.set_xlim(0, 100)
    ax.yaxis.get_major_locator().set_params(integer=True)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def write(root: Path, assignment: str, rows: list[NotebookScore]) -> list[Path]:
    """Write the report, histogram and registrar CSV for these gradebook rows; returns their paths."""
    folder = Path(root) / "autograded"
    folder.mkdir(parents=True, exist_ok=True)
    report, png, items_png, registrar = (folder / f"{assignment}_{k}" for k in
                                         ("report.md", "histogram.png", "items.png", "registrar.csv"))
    people = totals(rows)
    with open(registrar, "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["student_id", "assignment", "score", "max_score", "percent", "pending_manual_points"])
        for student, t in sorted(people.items()):
            out.writerow([student, assignment, f"{t['score']:g}", f"{t['max']:g}", f"{t['percent']:.1f}",
                          f"{t['pending']:g}"])
    histogram([t["percent"] for t in people.values()], png, f"{assignment}: {len(people)} students")
    lines = [f"# {assignment}: class report", "", f"{len(people)} students.", "", "## Per question", "",
             "| notebook | mean score | points | students | points awaiting a TA |", "|---|---|---|---|---|"]
    lines += [f"| {n} | {mean:.2f} | {top:g} | {k} | {wait:g} |"
              for n, (mean, top, k, wait) in per_question(rows).items()]
    lines += ["", "## Scores", "", "```", score_table(rows), "```", "", f"![histogram]({png.name})", ""]
    lines += mistakes_section(root, assignment, set(people))
    items = item_analysis(rows, test_cells(root, assignment))
    item_plot(items, items_png, f"{assignment}: {len(items)} hidden tests")
    lines += ["## Item analysis", "", "Per hidden test: the share of students who earned it and its discrimination "
              "(point-biserial correlation with the rest of the autograded score).", "",
              "| notebook | test | points | students | earned by | discrimination | flag |", "|---|---|---|---|---|---|---|"]
    lines += [f"| {i.notebook} | {i.cell} | {i.points:g} | {i.students} | {100 * i.share:.0f} % | "
              f"{'n/a' if i.discrimination is None else f'{i.discrimination:+.2f}'} | {i.flag} |" for i in items]
    lines += ["", f"![item analysis]({items_png.name})", ""]
    report.write_text("\n".join(lines))
    return [report, png, items_png, registrar]
