"""nbgrader's exchange on a shared JupyterHub, with a collect step that believes the file system, not the student.

nbgrader's own collect reads who handed a submission in, and when, from the name of its folder in the
exchange's inbound/, and every student can write there: a folder named "alice+hw4+<a date>+x" is collected as
Alice's, dated as its name says; collect only warns when the folder's owner is someone else. `RosterCollect`
(nbgrader_config.py makes it the exchange's collect) takes a submission only when
- the student it names is on the course's roster (the gradebook's students), and
- the Unix user who owns the folder is that student;
and it dates the submission by the file system: the latest change time (ctime, which no user can set) of the
folder and of everything in it. timestamp.txt in submitted/ is rewritten to that time, so the late penalty
uses the time the files arrived, not the time the student wrote. Every refusal is logged with its reason and
listed in inbound_refused.json in the course folder.
"""
import glob
import json
import os
import pwd
from datetime import datetime, timezone
from pathlib import Path

from nbgrader.api import Gradebook
from nbgrader.exchange.default.collect import ExchangeCollect, groupby

REFUSED = "inbound_refused.json"


def arrived(path: str) -> datetime:
    """The latest ctime of a folder and everything in it, in UTC (naive, as nbgrader's parse_utc gives)."""
    times = [os.lstat(path).st_ctime]
    for root, dirs, files in os.walk(path):
        times += [os.lstat(os.path.join(root, n)).st_ctime for n in dirs + files]
    return datetime.fromtimestamp(max(times), timezone.utc).replace(tzinfo=None)


class RosterCollect(ExchangeCollect):
    """nbgrader's collect, for students on the roster, each from a folder that student owns, dated on arrival."""

    def init_src(self):
        super().init_src()  # checks the course and inbound folders; its choice of records is made again below
        who, what = self.coursedir.student_id or "*", self.coursedir.assignment_id
        pattern = os.path.join(self.inbound_path, f"{who}+{what}+*")
        with Gradebook(self.coursedir.db_url, self.coursedir.course_id) as gb:
            roster = {s.id for s in gb.students}
        records, refused = [], {}
        for path in sorted(glob.glob(pattern)):
            record = self._path_to_record(path)
            student = record["username"]
            try:
                owner = pwd.getpwuid(os.lstat(path).st_uid).pw_name
            except KeyError:
                owner = f"uid {os.lstat(path).st_uid}"
            if student not in roster:
                refused[record["filename"]] = f"{student} is not on the roster of {self.coursedir.course_id}"
            elif owner != student:
                refused[record["filename"]] = f"handed in under {student}'s name by {owner}"
            else:
                records.append({**record, "timestamp": arrived(path)})
        for name, why in refused.items():
            self.log.error("refused %s: %s", name, why)
        Path(self.coursedir.root, REFUSED).write_text(json.dumps(refused, indent=1) + "\n")
        self.arrivals = {os.path.join(self.inbound_path, r["filename"]): r["timestamp"] for r in records}
        # the latest of each student's own submissions (before_duedate keeps nbgrader's meaning, on arrival times)
        groups = groupby(records, lambda r: r["username"])
        self.src_records = []
        for mine in groups.values():
            mine = self._sort_by_timestamp(mine)
            early = [r for r in mine if self.before_duedate and self.duedate and r["timestamp"] <= self.duedate]
            self.src_records.append((early or mine)[0])

    def do_copy(self, src, dest):
        super().do_copy(src, dest)
        when = self.arrivals[src].strftime("%Y-%m-%d %H:%M:%S.%f UTC")
        Path(dest, "timestamp.txt").write_text(when)
