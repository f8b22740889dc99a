"""The LMS round trip: an LMS's "download all submissions" zip into submitted/, and grades back as its import CSV.

    python -m grader.lms collect hw4 submissions.zip --lms canvas    # make collect ZIP=... LMS=canvas
    python -m grader.lms export --lms moodle                         # make export LMS=moodle

Collecting runs nbgrader's `zip_collect` with two plugins from here:
- `SafeExtractor` unpacks the zip (never a zip inside it) with no name leaving the folder, no link, and a cap
  on sizes; a student's file may be hostile.
- `CanvasCollector` / `MoodleCollector` read each file name in that LMS's convention and map its LMS user id
  to a student through the gradebook's roster (`lms_user_id`, as `nbgrader db student import` sets it).

Every file is either collected or named in downloaded/<assignment>/collect_report.json with its reason: not a
notebook, a notebook the assignment does not have, a name the convention or the roster cannot map, or an
older copy of a notebook the student handed in again. Nothing is deleted: the zip stays in downloaded/.

Exporting writes the gradebook in the LMS's grade import layout (nbgrader `export` plugins): Canvas's
gradebook CSV (Student, ID, SIS User ID, SIS Login ID, Section, then one "name (id)" column per assignment and
a Points Possible row) and a Moodle grade import CSV (names, ID number, email address, then one
"Assignment: name (Real)" column each). A score still waiting for a TA, or never handed in, is left blank:
both LMSs leave a blank cell's grade as it was.
"""
import csv
import json
import os
import re
import shutil
import stat
import zipfile
from datetime import datetime
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry
from nbgrader.plugins import ExportPlugin
from nbgrader.plugins.zipcollect import ExtractorPlugin, FileNameCollectorPlugin
from traitlets import Dict, Int, Unicode

# Canvas: "{sortable name}_{LATE_}{user id}_{submission id}_{file name}"; a file uploaded again is "name-1.ext".
CANVAS = re.compile(r"^(?P<name>[^_/]+)_(?:(?P<late>LATE)_)?(?P<lms_id>\d+)_(?P<submission>\d+)_(?P<file>[^/]+)$")
# Moodle: "{full name}_{participant id}_assignsubmission_file_{file name}", or that prefix as a folder.
MOODLE = re.compile(r"^(?P<name>[^/]+?)_(?P<lms_id>\d+)_assignsubmission_(?P<plugin>[a-z]+)_/?(?P<file>[^/]+)$")
COPY = re.compile(r"^(?P<stem>.+?)(?:-(?P<canvas>\d+)| \((?P<browser>\d+)\))?$")
SKIPPED = "unpack_skipped.json"  # beside extracted/: the members SafeExtractor would not write
MAX_FILE = 200 * 2**20  # a notebook with its plots is a few MB
MAX_TOTAL = 4 * 2**30


class SafeExtractor(ExtractorPlugin):
    """Unpacks each zip of the archive folder: regular files only, under their own names, within size caps."""

    def extract(self, archive_path: str, extracted_path: str) -> None:
        skipped = {}
        for zpath in sorted(Path(archive_path).iterdir()):
            if zpath.suffix != ".zip":
                raise ValueError(f"{zpath.name}: not a zip; put the LMS's zip alone in {archive_path}")
            with zipfile.ZipFile(zpath) as archive:
                skipped |= unpack(archive, Path(extracted_path))
        for name, why in skipped.items():
            self.log.warning("skipped %r: %s", name, why)
        (Path(extracted_path).parent / SKIPPED).write_text(json.dumps(skipped, indent=1) + "\n")


def unpack(archive: zipfile.ZipFile, dest: Path) -> dict[str, str]:
    """Write the archive's regular files under dest; returns the members skipped, with the reason."""
    total, skipped = 0, {}
    for info in archive.infolist():
        parts = Path(info.filename.replace("\\", "/")).parts
        mode = info.external_attr >> 16
        if info.is_dir():
            continue
        if not parts or parts[0] == "/" or ".." in parts or ":" in parts[0]:
            skipped[info.filename] = "not unpacked: its path leaves the folder"
            continue
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG):  # 0: a zip that records no Unix type (Windows, writestr)
            skipped[info.filename] = "not unpacked: a link or device, not a file"
            continue
        total += info.file_size
        if info.file_size > MAX_FILE or total > MAX_TOTAL:
            raise ValueError(f"{info.filename}: larger than the caps ({MAX_FILE >> 20} MiB a file, "
                             f"{MAX_TOTAL >> 30} GiB in all); is this an LMS download?")
        target = dest.joinpath(*parts)
        if target.exists():
            skipped[info.filename] = "not unpacked: the zip holds another file of the same name"
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(info) as src, open(target, "xb") as out:
            left = MAX_FILE + 1
            while chunk := src.read(min(2**20, left)):
                left -= len(chunk)
                out.write(chunk)
            if left <= 0:
                raise ValueError(f"{info.filename}: holds more than its header says")
        stamp = datetime(*info.date_time).timestamp()
        os.utime(target, (stamp, stamp))
    return skipped


class LmsCollector(FileNameCollectorPlugin):
    """Decides every extracted file at once (so a notebook handed in twice keeps its latest copy), collects the
    chosen ones under their student's id and writes why each other file was left."""

    pattern: re.Pattern
    lms = ""

    chosen: dict | None = None

    def collect(self, submitted_file: str):
        if self.chosen is None:  # zip_collect makes this plugin before it extracts: decide at the first file
            self.chosen = self.decide_all()
        return self.chosen.get(Path(submitted_file))

    def decide_all(self) -> dict:
        app = self.parent
        root = Path(app._format_collect_path(app.extracted_directory))
        release = app.coursedir.format_path(app.coursedir.release_directory, ".", app.coursedir.assignment_id)
        with Gradebook(app.coursedir.db_url) as gb:
            roster = {s.lms_user_id: s.id for s in gb.students if s.lms_user_id}
            names = [(self.name_key(s.first_name or "", s.last_name or ""), s.id) for s in gb.students]
        unique = {k: sid for k, sid in names if [n for n, _ in names].count(k) == 1}
        chosen, left = decide(sorted(p for p in root.rglob("*") if p.is_file()), root, self.pattern,
                              lambda m: roster.get(m["lms_id"]) or unique.get(self.name_key(m["name"])),
                              {p.stem for p in Path(release).glob("*.ipynb")}, self.lms)
        collected = {str(p.relative_to(root)): v for p, v in chosen.items()}
        left |= json.loads((root.parent / SKIPPED).read_text())
        (root.parent / "collect_report.json").write_text(json.dumps({"collected": collected, "left": left},
                                                                    indent=1) + "\n")
        return chosen


class CanvasCollector(LmsCollector):
    pattern, lms = CANVAS, "Canvas"

    @staticmethod
    def name_key(first: str, last: str = "") -> str:  # Canvas writes "Doe, Jane" as "doejane"
        return re.sub(r"[^a-z0-9]", "", (last + first).lower())


class MoodleCollector(LmsCollector):
    pattern, lms = MOODLE, "Moodle"

    @staticmethod
    def name_key(first: str, last: str = "") -> str:  # Moodle writes the full name, "Jane Doe"
        return " ".join(f"{first} {last}".lower().split())


def decide(files: list[Path], root: Path, pattern: re.Pattern, student_of, notebooks: set[str],
           lms: str) -> tuple[dict[Path, dict], dict[str, str]]:
    """(file -> nbgrader's collect record, for the files to collect; file -> why it was left, for the rest).
    `student_of(match)` is the student id of a name's match: by LMS user id, else by a name only one student has."""
    left, best = {}, {}
    for path in files:
        name = str(path.relative_to(root))
        m = pattern.match(name)
        if not m:
            left[name] = f"not in {lms}'s download naming, so no student can be read from it"
            continue
        student = student_of(m)
        if student is None:
            left[name] = (f"{lms} user {m['lms_id']} ({m['name']}) is on no student of the roster: add them with "
                          f"nbgrader db student add ID --lms-user-id={m['lms_id']} and collect again")
            continue
        stem, suffix = os.path.splitext(m["file"])
        copy = COPY.match(stem)
        if suffix != ".ipynb":
            left[name] = f"not a notebook ({suffix or 'no extension'}): only .ipynb files are graded"
            continue
        if copy["stem"] not in notebooks:
            left[name] = f"{copy['stem']}.ipynb is not a notebook of this assignment ({', '.join(sorted(notebooks))})"
            continue
        rank = (int(copy["canvas"] or copy["browser"] or 0), path.stat().st_mtime, name)
        record = {"student_id": student, "file_id": f"{copy['stem']}.ipynb", "late": bool(m.groupdict().get("late"))}
        key = (student, copy["stem"])
        if key in best:
            older, newer = sorted([best[key], (rank, path, record)], key=lambda x: x[0])
            left[str(older[1].relative_to(root))] = (f"an older copy: {newer[1].relative_to(root)} is the "
                                                     f"latest {copy['stem']}.ipynb of {student}")
            best[key] = newer
        else:
            best[key] = (rank, path, record)
    return {path: record for _, path, record in best.values()}, left


def collect(root: Path, assignment: str, zip_path: Path, lms: str) -> dict:
    """Put the zip where zip_collect looks, run it with our plugins, and return its report."""
    from .course import nbgrader

    report = Path(root) / "downloaded" / assignment / "collect_report.json"

    if not zipfile.is_zipfile(zip_path):
        raise ValueError(f"{zip_path} is not a zip file: download all submissions from {lms} as one zip")
    archive = Path(root) / "downloaded" / assignment / "archive"
    archive.mkdir(parents=True, exist_ok=True)
    for old in [*archive.iterdir(), report]:
        old.unlink(missing_ok=True)
    shutil.copyfile(zip_path, archive / Path(zip_path).name)
    collector = {"canvas": "CanvasCollector", "moodle": "MoodleCollector"}[lms]
    nbgrader(root, "zip_collect", assignment, "--force", "--strict",
             "--ZipCollectApp.extractor_plugin=grader.lms.SafeExtractor",
             f"--ZipCollectApp.collector_plugin=grader.lms.{collector}")
    if not report.exists():  # the zip held no file at all
        return {"collected": {}, "left": {}}
    return json.loads(report.read_text())


class LmsExport(ExportPlugin):
    """Rows of (student, {assignment: score or None}); a score waiting for a TA or never handed in is None."""

    def chosen(self, gradebook: Gradebook) -> list:
        """The gradebook's assignments that `--assignment` names (all, without it)."""
        return [a for a in gradebook.assignments if not self.assignment or a.name in self.assignment]

    def rows(self, gradebook: Gradebook):
        names = [a.name for a in self.chosen(gradebook)]
        for student in gradebook.students:
            if self.student and student.id not in self.student:
                continue
            scores = {}
            for name in names:
                try:
                    sub = gradebook.find_submission(name, student.id)
                except MissingEntry:
                    scores[name] = None
                    continue
                pending = sub.needs_manual_grade
                scores[name] = None if pending else max(0.0, sub.score - (sub.late_submission_penalty or 0))
            yield student, scores

    def write(self, header: list[str], rows: list[list]) -> None:
        dest = self.to or self.default_to
        with open(dest, "w", newline="") as f:
            csv.writer(f).writerows([header, *rows])
        self.log.info("wrote %s", dest)


def cell(score: float | None) -> str:
    return "" if score is None else f"{score:g}"


class CanvasExport(LmsExport):
    """Canvas's gradebook import: a column per assignment named "name (Canvas assignment id)"."""

    default_to = "canvas_grades.csv"
    assignment_ids = Dict(Unicode(), help="assignment name -> Canvas assignment id, for the column names").tag(
        config=True)

    def export(self, gradebook: Gradebook) -> None:
        names = self.chosen(gradebook)
        header = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"] + [
            f"{a.name} ({self.assignment_ids[a.name]})" if a.name in self.assignment_ids else a.name for a in names]
        rows = [["Points Possible", "", "", "", ""] + [f"{a.max_score:g}" for a in names]]
        for s, scores in self.rows(gradebook):
            rows.append([f"{s.last_name or ''}, {s.first_name or ''}".strip(", "), s.lms_user_id or "", "", s.id, ""]
                        + [cell(scores[a.name]) for a in names])
        self.write(header, rows)


class MoodleExport(LmsExport):
    """Moodle's grade import: map "Email address" (or "ID number") to the user, each assignment to its item."""

    default_to = "moodle_grades.csv"
    decimals = Int(2, help="decimal places of a grade").tag(config=True)

    def export(self, gradebook: Gradebook) -> None:
        names = [a.name for a in self.chosen(gradebook)]
        header = ["First name", "Last name", "ID number", "Email address"] + [f"Assignment: {n} (Real)" for n in names]
        rows = [[s.first_name or "", s.last_name or "", s.id, s.email or ""]
                + ["" if scores[n] is None else f"{scores[n]:.{self.decimals}f}" for n in names]
                for s, scores in self.rows(gradebook)]
        self.write(header, rows)


def export(root: Path, lms: str, to: Path | None = None, assignments: list[str] = ()) -> Path:
    """The gradebook of `root` as `lms`'s import CSV (of `assignments` only, if given); returns its path."""
    from .course import nbgrader

    plugin = {"canvas": "CanvasExport", "moodle": "MoodleExport"}[lms]
    dest = Path(to or Path(root) / "autograded" / f"{lms}_grades.csv").resolve()
    dest.parent.mkdir(parents=True, exist_ok=True)
    nbgrader(root, "export", f"--exporter=grader.lms.{plugin}", f"--to={dest}",
             *(f"--assignment={a}" for a in assignments))
    return dest


def main(argv=None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("collect", help="an LMS zip into submitted/<student>/<assignment>/")
    c.add_argument("assignment")
    c.add_argument("zip", type=Path)
    c.add_argument("--lms", choices=("canvas", "moodle"), required=True)
    e = sub.add_parser("export", help="grades as the LMS's import CSV")
    e.add_argument("--lms", choices=("canvas", "moodle"), required=True)
    e.add_argument("--to", type=Path)
    args = parser.parse_args(argv)
    root = Path.cwd()
    if args.command == "export":
        print(f"wrote {export(root, args.lms, args.to)}")
        return
    report = collect(root, args.assignment, args.zip, args.lms)
    for name, record in sorted(report["collected"].items()):
        late = " (LATE)" if record.get("late") else ""
        print(f"collected  {name} -> submitted/{record['student_id']}/{args.assignment}/{record['file_id']}{late}")
    for name, why in sorted(report["left"].items()):
        print(f"LEFT       {name}: {why}")
    print(f"{len(report['collected'])} notebooks collected, {len(report['left'])} files left (kept in "
          f"downloaded/{args.assignment}/extracted/; reasons in downloaded/{args.assignment}/collect_report.json)")


if __name__ == "__main__":
    main()
