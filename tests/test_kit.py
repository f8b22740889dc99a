"""The student kit (grader/kit.py) holds what a student needs and nothing a student must not have: built from a
course whose hidden tests and solutions carry canary strings, installed offline into a fresh virtual
environment, its notebooks run with no checkout on the path, with the instructor's answers and blank."""
import ast
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from grader import kit as kits
from grader import submissions as subs
from grader.course import release
from conftest import ASSIGNMENT, CANARY, ROOT, plant_canaries
from validity import in_full

SOLUTION_CANARY = "c4n4ry-solution-line"
TIMEOUT = 600  # per notebook, in the fast profile: the slowest hw4 notebook takes about 90 s


def plant_solution_canaries(nb):
    for cell in nb.cells:
        if cell.cell_type == "code" and "### BEGIN SOLUTION\n" in cell.source:
            cell.source = cell.source.replace("### BEGIN SOLUTION\n", f"### BEGIN SOLUTION\n# {SOLUTION_CANARY}\n")
    return nb


@pytest.fixture(scope="module")
def kit(tmp_path_factory) -> dict:
    """The kit of a course whose hidden tests and solutions carry canaries, and a fresh venv with its runtime."""
    course = tmp_path_factory.mktemp("kitcourse")
    shutil.copy(ROOT / "nbgrader_config.py", course)
    shutil.copytree(ROOT / "source" / ASSIGNMENT, course / "source" / ASSIGNMENT)
    for path in (course / "source" / ASSIGNMENT).glob("*.ipynb"):
        subs.write(plant_solution_canaries(plant_canaries(subs.read(path))), path)
    release(course, ASSIGNMENT)
    dist = tmp_path_factory.mktemp("dist")
    archive = kits.build(course, ASSIGNMENT, dist)
    student = tmp_path_factory.mktemp("student")  # where a student unzips it: no checkout anywhere near
    with zipfile.ZipFile(archive) as z:
        z.extractall(student)
    home = student / f"{ASSIGNMENT}-student"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(student), "LANG": "C.UTF-8", "COURSE_PROFILE": "fast",
           "COURSE_OFFLINE": "1", "TF_CPP_MIN_LOG_LEVEL": "2", "PIP_DISABLE_PIP_VERSION_CHECK": "1",
           **{k: v for k, v in os.environ.items() if k.startswith("PIP_") or k.endswith("_CA_BUNDLE")}}
    venv = home / ".venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=env)
    wheel = next((home / "runtime").glob("*.whl"))
    subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "--no-compile", str(wheel)], check=True,
                   env=env, cwd=home)
    return {"course": course, "archive": archive, "home": home, "venv": venv, "env": env}


def kit_texts(archive: Path) -> dict[str, str]:
    """Every file of the kit as text, the wheel's members included."""
    out = {}
    with zipfile.ZipFile(archive) as z:
        for name in z.namelist():
            data = z.read(name)
            if name.endswith(".whl"):
                with zipfile.ZipFile(io.BytesIO(data)) as wheel:
                    out |= {f"{name}!{m}": wheel.read(m).decode(errors="replace") for m in wheel.namelist()}
            else:
                out[name] = data.decode(errors="replace")
    return out


def distinct_lines(path: Path) -> list[str]:
    """A variant's docstring: a sentence no notebook holds."""
    doc = ast.get_docstring(ast.parse(path.read_text())) or ""
    return [line for line in doc.splitlines() if len(line) > 40][:1]


def test_the_kit_holds_the_release_the_runtime_the_data_and_a_readme_only(kit):
    names = sorted(zipfile.ZipFile(kit["archive"]).namelist())
    top = f"{ASSIGNMENT}-student/"
    released = sorted(p.name for p in (kit["course"] / "release" / ASSIGNMENT).glob("*.ipynb"))
    assert names == sorted([f"{top}README.md", f"{top}data/MANIFEST.json", f"{top}data/gas_consumption.csv",
                            *(f"{top}{ASSIGNMENT}/{n}" for n in released),
                            *(n for n in names if n.startswith(f"{top}runtime/") and n.endswith(".whl"))])
    assert len([n for n in names if n.endswith(".whl")]) == 1
    wheel = [m for m in kit_texts(kit["archive"]) if ".whl!" in m]
    assert {m.split("!")[1].split("/")[0] for m in wheel} == {"utils", "dl_course_runtime-0.1.0.dist-info"}


def test_nothing_in_the_kit_holds_a_solution_a_hidden_test_a_variant_or_the_grader(kit):
    texts = kit_texts(kit["archive"])
    forbidden = [CANARY, SOLUTION_CANARY, "BEGIN SOLUTION", "BEGIN HIDDEN TESTS", "import grader", "from grader",
                 "## TAs", "## Instructors", "make autograde"]
    for kind in ("mutants", "alternatives"):
        for path in sorted((ROOT / "tests" / kind / ASSIGNMENT).glob("*/*.py")):
            forbidden += distinct_lines(path)
    assert len(forbidden) > 100, "the scan must look for every variant"
    found = {(name, f[:60]) for name, text in texts.items() for f in forbidden if f in text}
    assert not found
    assert not [n for n in texts if "/grader/" in n or n.startswith("grader/") or "source/" in n]


def run(kit, notebook: Path) -> subs.nbformat.NotebookNode:
    """Execute a notebook in place with the kit's Jupyter, from its own folder, nothing of the checkout visible."""
    subprocess.run([str(kit["venv"] / "bin" / "jupyter"), "nbconvert", "--to", "notebook", "--execute", "--inplace",
                    "--allow-errors", f"--ExecutePreprocessor.timeout={TIMEOUT}", notebook.name],
                   check=True, env=kit["env"], cwd=notebook.parent, capture_output=True, timeout=TIMEOUT * 4)
    return subs.read(notebook)


def banner(nb) -> str:
    return next(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                if "[course]" in o.get("text", ""))


def test_every_notebook_runs_from_the_kit_with_the_answers_and_passes_every_visible_check(kit):
    """Every light notebook; the heavy ones (they train for a minute or more) under `make validity` only. Their
    data loaders, imports and read-only cells still run from the kit in every run: in the blank's run below."""
    answered = kit["home"] / "answered"
    answered.mkdir()
    names = sorted(p.stem for p in (kit["home"] / ASSIGNMENT).glob("*.ipynb") if in_full(ASSIGNMENT, p.stem))
    for name in names:
        release_nb = subs.read(kit["home"] / ASSIGNMENT / f"{name}.ipynb")
        source_nb = subs.read(kit["course"] / "source" / ASSIGNMENT / f"{name}.ipynb")
        subs.write(subs.reference(source_nb, release_nb), answered / f"{name}.ipynb")
    with ThreadPoolExecutor(2) as pool:
        done = dict(zip(names, pool.map(lambda n: run(kit, answered / f"{n}.ipynb"), names)))
    errors = {n: [(subs.grade_id(c), e[:200]) for c in nb.cells for e in subs.errors(c)] for n, nb in done.items()}
    assert not {n: e for n, e in errors.items() if e}
    assert all("runtime dl-course-runtime 0.1.0" in banner(nb) for nb in done.values()), \
        "the notebooks must import the kit's runtime, not a checkout's"


def unfinished_names(source_nb, ran) -> set[str]:
    """Names that cells of a blank never defined: those the solution cells assign, and those assigned by any cell
    that raised (a read-only cell that calls an unfinished function)."""
    cells = [c for c in source_nb.cells if c.cell_type == "code" and subs.is_solution(c)]
    cells += [c for c in ran.cells if c.cell_type == "code" and subs.errors(c)]
    names = set()
    for cell in cells:
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
    return names


def test_a_blank_kit_notebook_fails_only_on_not_implemented(kit):
    """Every visible check fails, and every error is the stubs' NotImplementedError or its consequence: a name
    that an unfinished cell was to define. Nothing else (an import, a data file, the runtime) may fail."""
    names = sorted(p.stem for p in (kit["home"] / ASSIGNMENT).glob("*.ipynb"))
    blank = kit["home"] / "blank"
    shutil.copytree(kit["home"] / ASSIGNMENT, blank)
    with ThreadPoolExecutor(2) as pool:
        done = dict(zip(names, pool.map(lambda n: run(kit, blank / f"{n}.ipynb"), names)))
    for name, nb in done.items():
        checks = [c for c in nb.cells if subs.is_visible_check(c)]
        assert checks and all(subs.errors(c) for c in checks), f"{name}: a visible check passed on a blank"
        unfinished = unfinished_names(subs.read(kit["course"] / "source" / ASSIGNMENT / f"{name}.ipynb"), nb)
        other = {(subs.grade_id(c), e[:120]) for c in nb.cells for e in subs.errors(c)
                 if "NotImplementedError" not in e and not re.match(rf"NameError: name '({'|'.join(unfinished)})'", e)}
        assert not other, f"{name}: a blank fails on something else than NotImplementedError"
        assert "runtime dl-course-runtime 0.1.0" in banner(nb)
