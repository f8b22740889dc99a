"""The class report a TA hands on: score table, per-question means, a grade histogram, a registrar CSV.

Writes autograded/<assignment>_report.md, autograded/<assignment>_histogram.png and
autograded/<assignment>_registrar.csv. Scores are out of each notebook's full points; points of written
answers still waiting for a TA are listed apart ("pending"): until they are graded a score is a floor.
"""
import csv
from pathlib import Path

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
    report, png, registrar = (folder / f"{assignment}_{k}" for k in ("report.md", "histogram.png", "registrar.csv"))
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
    report.write_text("\n".join(lines))
    return [report, png, registrar]
