"""The student kit: what a course hands a student for one assignment, and nothing else.

    python -m grader.kit hw4            # make student-kit ASSIGNMENT=hw4 -> dist/hw4-student/ and dist/hw4-student.zip

It holds the released notebooks (release/<assignment>/, no solution or hidden test), the student runtime as a
wheel (`utils/` packaged as dl-course-runtime, pinning its own dependencies; no grader), the data files the
loaders read (data/MANIFEST.json and the committed fixtures) and a README with two commands. The notebooks
find data/ from their own folder (utils.downloads.data_dir), and their banner prints the runtime's version.
"""
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = "dl-course-runtime"
# What the notebooks and utils/ import, with Jupyter to open them; pinned as the course's pyproject pins them.
RUNTIME = ("tensorflow-cpu", "keras", "keras-tuner", "tensorboard", "numpy", "pandas", "scikit-learn", "scipy",
           "matplotlib", "pillow", "jupyterlab", "ipykernel")
DATA_FILES = ("MANIFEST.json", "gas_consumption.csv")

README = """# {assignment}: student kit

This folder holds the assignment's notebooks ({assignment}/), the course runtime they import (runtime/) and the
data files its loaders read (data/). You need Python 3.11.

```
{commands}
```

(On Windows: `py -3.11 -m venv .venv` then `.venv\\Scripts\\pip` and `.venv\\Scripts\\jupyter`.)

Fill in the cells marked `# YOUR CODE HERE` and `YOUR ANSWER HERE`, run each part's checks, and hand in the
notebooks as your course asks. Keep function names and arguments as given: the grader calls them, and runs more
tests than the checks you see. Notebooks run in the `full` profile (real datasets, downloaded into data/cache/
and checked) unless you set `COURSE_PROFILE=fast`; `COURSE_OFFLINE=1` uses labelled stand-in data when you have
no network. The first cell prints the profile, the data and the runtime's version.
"""


def pyproject() -> dict:
    """The course's [project] table (pyproject.toml): its version and pinned dependencies."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def pins(declared: list[str]) -> list[str]:
    """The runtime's requirements, at the versions the course pins (`declared`, else requirements.lock)."""
    locked = (ROOT / "requirements.lock").read_text().splitlines()
    found = {}
    for line in [*declared, *locked]:
        m = re.match(r"^\s*([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?==([^\s;#]+)", line)
        if m and m[1].lower() in RUNTIME:
            found.setdefault(m[1].lower(), f"{m[1].lower()}=={m[2]}")
    missing = set(RUNTIME) - set(found)
    if missing:
        raise ValueError(f"no pinned version of {sorted(missing)} in pyproject.toml or requirements.lock")
    return [found[name] for name in RUNTIME]


def build_wheel(out: Path) -> Path:
    """utils/ as the dl-course-runtime wheel, in out/."""
    meta = pyproject()
    version = meta["version"]
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        shutil.copytree(ROOT / "utils", project / "utils", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        deps = "".join(f'    "{p}",\n' for p in pins(meta["dependencies"]))
        (project / "pyproject.toml").write_text(
            '[build-system]\nrequires = ["setuptools>=65"]\nbuild-backend = "setuptools.build_meta"\n\n'
            f'[project]\nname = "{DIST}"\nversion = "{version}"\nrequires-python = ">=3.11,<3.12"\n'
            f'description = "The deep-learning course\'s student runtime: profiles, checks, layers, data loaders."\n'
            f"dependencies = [\n{deps}]\n\n[tool.setuptools]\npackages = [\"utils\"]\n")
        out.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                        "--no-index", "-w", str(out), str(project)], check=True)
    return next(out.glob(f"{DIST.replace('-', '_')}-{version}-*.whl"))


def build(root: Path, assignment: str, dist: Path) -> Path:
    """dist/<assignment>-student/ and its zip from root's release/<assignment>; returns the zip's path."""
    release = Path(root) / "release" / assignment
    notebooks = sorted(release.glob("*.ipynb"))
    if not notebooks:
        raise FileNotFoundError(f"no released notebooks in {release}: run make release ASSIGNMENT={assignment}")
    kit = Path(dist) / f"{assignment}-student"
    shutil.rmtree(kit, ignore_errors=True)
    (kit / assignment).mkdir(parents=True)
    for nb in notebooks:
        shutil.copy(nb, kit / assignment / nb.name)
    (kit / "data").mkdir()
    for name in DATA_FILES:
        shutil.copy(ROOT / "data" / name, kit / "data" / name)
    wheel = build_wheel(kit / "runtime")
    setup, open_ = f"python3.11 -m venv .venv && .venv/bin/pip install runtime/{wheel.name}", \
        f".venv/bin/jupyter lab {assignment}/"
    width = max(len(setup), len(open_)) + 3
    commands = f"{setup:<{width}}# set up, once\n{open_:<{width}}# open the assignment"
    (kit / "README.md").write_text(README.format(assignment=assignment, commands=commands))
    archive = kit.with_suffix(".zip")
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(kit.rglob("*")):
            if path.is_file():
                z.write(path, path.relative_to(kit.parent))
    return archive


def main(argv=None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("assignment")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    archive = build(ROOT, args.assignment, args.dist)
    print(f"built {archive.with_suffix('')}/ and {archive}")


if __name__ == "__main__":
    main()
