"""Parallel grading into PostgreSQL, killed midway and resumed, gives what serial `nbgrader autograde` gives.

A real PostgreSQL server is started for the test (Debian's postgresql package; .ci/run installs it).
"""
import glob
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from grader import submissions as subs
from grader.course import nbgrader, scores, scratch_course

from conftest import ASSIGNMENT, ROOT, variants

NB = "q6_batchnorm"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def postgres():
    """A throwaway PostgreSQL server on loopback; yields the URL of an empty database."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        pytest.fail("PostgreSQL is not installed (apt-get install postgresql; .ci/run does it)")
    bindir = Path(bins[-1]).parent
    home = Path(tempfile.mkdtemp(prefix="pg-"))
    home.chmod(0o755)
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if run_as:
        shutil.chown(home, "postgres")
    port = _free_port()
    subprocess.run(run_as + [str(bindir / "initdb"), "-D", str(home / "data"), "-A", "trust", "-U", "postgres"],
                   check=True, capture_output=True)
    subprocess.run(run_as + [str(bindir / "pg_ctl"), "-D", str(home / "data"), "-l", str(home / "log"), "-w",
                             "-o", f"-p {port} -k {home} -c listen_addresses=127.0.0.1", "start"],
                   check=True, capture_output=True)
    import psycopg

    with psycopg.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres",
                         autocommit=True) as admin:
        admin.execute("CREATE DATABASE gradebook")
    yield f"postgresql://postgres@127.0.0.1:{port}/gradebook"
    subprocess.run(run_as + [str(bindir / "pg_ctl"), "-D", str(home / "data"), "-m", "immediate", "stop"],
                   capture_output=True)
    shutil.rmtree(home, ignore_errors=True)


def demo_class(root: Path) -> None:
    source = subs.read(ROOT / "source" / ASSIGNMENT / f"{NB}.ipynb")
    release = subs.read(ROOT / "release" / ASSIGNMENT / f"{NB}.ipynb")
    reference = subs.reference(source, release)
    mutants = variants("mutants", ASSIGNMENT, NB)
    class_ = {"ref": reference, "blank": release, "mut-a": subs.apply_variant(reference, mutants[0]),
              "mut-b": subs.apply_variant(reference, mutants[1])}
    for student, nb in class_.items():
        subs.write(nb, root / "submitted" / student / ASSIGNMENT / f"{NB}.ipynb")


def autograde_cli(root: Path, db_url: str, tmp: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "COURSE_DB_URL": db_url, "TMPDIR": str(tmp)}
    return subprocess.Popen([sys.executable, "-m", "grader.autograde", ASSIGNMENT, "--root", str(root),
                             "--workers", "2", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, start_new_session=True)


def test_killed_parallel_run_resumes_into_postgres_and_matches_serial_nbgrader(tmp_path, postgres):
    serial = scratch_course(ROOT, tmp_path / "serial", ASSIGNMENT)
    demo_class(serial)
    nbgrader(serial, "autograde", ASSIGNMENT, env={"COURSE_DB_URL": ""})  # bare nbgrader, one by one

    parallel = tmp_path / "parallel"
    shutil.copytree(ROOT / "source" / ASSIGNMENT, parallel / "source" / ASSIGNMENT)
    shutil.copy(ROOT / "nbgrader_config.py", parallel)
    demo_class(parallel)
    tmp = tmp_path / "tmp"  # the grader's temporary folder
    tmp.mkdir()
    first = autograde_cli(parallel, postgres, tmp, "--quiet")
    done = parallel / ".staged" / "done"
    deadline = time.monotonic() + 900
    while not list(done.glob("*.json")) and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.5)
    assert first.poll() is None, f"the grader stopped by itself:\n{first.communicate()[0]}"
    os.killpg(first.pid, signal.SIGKILL)  # as if the machine went down
    quiet = first.communicate()[0]
    assert "grading" not in quiet and "%|" not in quiet, f"--quiet printed:\n{quiet}"
    finished = {p.name: p.stat().st_mtime_ns for p in done.glob("*.json")}
    assert finished and len(finished) < 4, f"the kill came too late to test a resume: {sorted(finished)}"

    assert list(tmp.iterdir()), "a killed run leaves its temporary folder"
    second = autograde_cli(parallel, postgres, tmp)
    out, _ = second.communicate(timeout=1800)
    assert second.returncode == 0, out
    assert not list(tmp.iterdir()), "the next run removes what the killed one left, and leaves nothing"
    assert f"({len(finished)} already graded)" in out
    left = 4 - len(finished)  # the progress bar counts the students this run grades
    assert re.search(rf"graded: 100%\|.*\| {left}/{left} \[", out), out
    assert {p.name: p.stat().st_mtime_ns for p in done.glob("*.json") if p.name in finished} == finished

    want = {(r.student, r.notebook): r.cells for r in scores(serial, ASSIGNMENT, db_url=f"sqlite:///{serial}/gradebook.db")}
    got = {(r.student, r.notebook): r.cells for r in scores(parallel, ASSIGNMENT, db_url=postgres)}
    assert got == want

    import psycopg

    with psycopg.connect(postgres) as conn:
        rows = conn.execute("SELECT student_id, count(*) FROM submitted_assignment GROUP BY student_id").fetchall()
        assert dict(rows) == {s: 1 for s in ("ref", "blank", "mut-a", "mut-b")}
        grades, cells = conn.execute(
            "SELECT (SELECT count(*) FROM grade), (SELECT count(*) FROM grade_cells)").fetchone()
        assert grades == 4 * cells  # one row per student and graded cell: none duplicated, none missing


@pytest.fixture
def dask_cluster(tmp_path):
    """A Dask scheduler and two workers started as separate programs on loopback, as on a cluster's nodes."""
    port = _free_port()
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    scheduler = subprocess.Popen(dask + ["--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    node = tmp_path / "node"  # the workers' own folder: they share nothing else with the course
    node.mkdir()
    worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", f"tcp://127.0.0.1:{port}",
                               "--nworkers", "2", "--nthreads", "1", "--no-dashboard", "--memory-limit", "0",
                               "--local-directory", str(node)], cwd=node, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True,
                              env={**os.environ, "TMPDIR": str(node)})
    yield f"tcp://127.0.0.1:{port}", node
    for proc in (worker, scheduler):
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=60)


def test_grading_on_a_dask_cluster_through_its_scheduler(tmp_path, dask_cluster):
    address, node = dask_cluster
    root = tmp_path / "course"
    shutil.copytree(ROOT / "source" / ASSIGNMENT, root / "source" / ASSIGNMENT)
    shutil.copy(ROOT / "nbgrader_config.py", root)
    demo_class(root)
    proc = subprocess.run([sys.executable, "-m", "grader.autograde", ASSIGNMENT, "--root", str(root),
                           "--scheduler", address], capture_output=True, text=True, timeout=1800,
                          env={k: v for k, v in os.environ.items() if k != "COURSE_DB_URL"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"grading 4 students on {address}" in proc.stdout
    got = {r.student: (r.score, r.max_score - r.pending) for r in scores(root, ASSIGNMENT) if r.notebook == NB}
    assert got["ref"][0] == got["ref"][1] > 0 and got["blank"][0] == 0 and got["mut-a"][0] < got["ref"][0]
    assert list(node.glob("grading-worker-*")), "the workers graded in courses of their own, on their node"


def test_a_workers_nbgrader_runs_in_forks_of_one_template_and_stops_at_its_timeout(tmp_path):
    """grader.nbgrader_template: each command runs in a fresh fork with its own folder and environment; past
    its timeout the command's process group is killed and TimeoutExpired raised; the template serves on."""
    from grader.nbgrader_template import Template

    template = Template()
    try:
        (tmp_path / "nbgrader_config.py").write_text(
            "import os, time\nprint('ENV', os.environ.get('PROBE'), flush=True)\n"
            "time.sleep(float(os.environ.get('NAP', '0')))\n")
        env = {**os.environ, "PROBE": "first", "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
        done = template.run(tmp_path, ["db", "student", "list"], env, timeout=120)
        assert done.returncode == 0 and "ENV first" in done.stdout
        with pytest.raises(subprocess.TimeoutExpired):
            template.run(tmp_path, ["db", "student", "list"], {**env, "NAP": "60", "PROBE": "slow"}, timeout=3)
        again = template.run(tmp_path, ["db", "student", "list"], {**env, "PROBE": "second"}, timeout=120)
        assert again.returncode == 0 and "ENV second" in again.stdout and "ENV first" not in again.stdout
        assert template.alive()
    finally:
        template.close()
