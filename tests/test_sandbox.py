"""grader.sandbox and grader.limits: a kernel sees utils/ and its own folders, never the course, the grader or
the network; a notebook's memory, processes and disk are limited together, and what is in force is said."""
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from grader import limits, sandbox

from conftest import ROOT

needs_bwrap = pytest.mark.skipif(sandbox.unavailable_reason() is not None, reason="bubblewrap unavailable")
needs_cgroups = pytest.mark.skipif(limits.cgroup_kind() is None, reason="no cgroup with memory and pids limits here")


@pytest.fixture
def scratch():
    s = sandbox.Scratch()
    yield s
    s.remove()
    assert not s.root.exists()


def run(cmd: list[str], env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, env=env or sandbox.sandbox_env({}, "/tmp/home"),
                          timeout=120)


def in_kernel_sandbox(scratch, code: str, cgroup=None) -> subprocess.CompletedProcess:
    return run(sandbox.wrap([sys.executable, "-c", code], scratch.tmp, [scratch.sockets, scratch.shared, scratch.work],
                            scratch.work, cgroup=cgroup))


@needs_bwrap
def test_a_kernel_sees_utils_and_its_folders_but_not_the_course_the_grader_or_neighbours(scratch, tmp_path):
    (scratch.root.parent / "neighbour.txt").write_text("answers")
    code = ("import os, utils; print(*[os.path.exists(p) for p in %r], os.listdir('/tmp'), os.getcwd())"
            % ([str(ROOT / d) for d in ("source", "tests", "grader", "release")] + [str(scratch.tester)],))
    proc = in_kernel_sandbox(scratch, code)
    assert proc.returncode == 0, proc.stderr
    found = proc.stdout.split()
    assert found[:5] == ["False"] * 5 and "neighbour.txt" not in proc.stdout and found[-1] == str(scratch.work)


@needs_bwrap
def test_the_tester_reads_the_grader_and_shares_one_folder_with_the_kernel(scratch):
    code = "import grader.tester, os; open(os.path.join(%r, 'from-tester'), 'w').write('x'); print(os.getcwd())" % str(
        scratch.shared)
    cmd = sandbox.wrap([sys.executable, "-I", "-c", code], scratch.tester, [scratch.shared], Path("/tmp"), grader=True)
    proc = run(cmd)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "/tmp"
    assert (scratch.shared / "from-tester").read_text() == "x"


@needs_bwrap
def test_no_network_and_no_giant_allocation(scratch):
    server = socket.create_server(("127.0.0.1", 0))
    code = ("import socket\ntry:\n    socket.create_connection(('127.0.0.1', %d), timeout=3); print('reached')\n"
            "except OSError: print('blocked')\ntry:\n    bytearray(12 * 2**30); print('allocated')\n"
            "except MemoryError: print('MemoryError')" % server.getsockname()[1])
    proc = in_kernel_sandbox(scratch, code)
    server.close()
    assert proc.stdout.split() == ["blocked", "MemoryError"], proc.stderr


@needs_bwrap
def test_the_kernels_tmp_is_on_disk_in_its_scratch(scratch):
    proc = in_kernel_sandbox(scratch, "open('/tmp/big', 'wb').write(b'x' * 2**20); print('ok')")
    assert proc.stdout.strip() == "ok", proc.stderr
    assert (scratch.tmp / "big").stat().st_size == 2**20  # on disk, counted by the disk watch, not in RAM
    assert limits.usage(scratch.root) >= 2**20


def test_the_sandbox_env_drops_the_gradebook_url_and_secrets():
    env = sandbox.sandbox_env({"COURSE_DB_URL": "postgresql://secret", "COURSE_SEED": "3", "AWS_SECRET": "x"}, "/h")
    assert "COURSE_DB_URL" not in env and "AWS_SECRET" not in env and env["COURSE_SEED"] == "3"


@needs_cgroups
def test_a_notebooks_children_share_one_memory_limit(scratch, monkeypatch):
    monkeypatch.setattr(limits, "MEMORY", 600 * 2**20)
    group = limits.Cgroup.create()
    try:
        code = ("import multiprocessing as mp, time\n"
                "def hold():\n    b = bytearray(250 * 2**20)\n    b[::4096] = b'x' * len(b[::4096])\n    time.sleep(2)\n"
                "ps = [mp.get_context('fork').Process(target=hold) for _ in range(4)]\n"
                "[p.start() for p in ps]; [p.join() for p in ps]\n"
                "print(sum(p.exitcode == 0 for p in ps))")
        proc = run(group.prefix() + [sys.executable, "-c", code])
    finally:
        group.destroy()
    assert int(proc.stdout.strip() or 0) < 4, "four children of 250 MiB should not fit in 600 MiB together"


@needs_cgroups
def test_a_notebook_cannot_start_more_processes_than_its_limit(monkeypatch):
    monkeypatch.setattr(limits, "PROCESSES", 20)
    group = limits.Cgroup.create()
    try:
        code = ("import os, time\nn = 0\ntry:\n    for _ in range(100):\n        if os.fork() == 0:\n"
                "            time.sleep(3); os._exit(0)\n        n += 1\nexcept OSError:\n    pass\nprint(n)")
        proc = run(group.prefix() + [sys.executable, "-c", code])
    finally:
        group.destroy()
    assert 0 < int(proc.stdout.strip()) < 20, proc.stderr


@needs_cgroups
def test_destroy_kills_what_is_left_and_removes_the_group():
    group = limits.Cgroup.create()
    proc = subprocess.Popen(group.prefix() + ["sleep", "60"])
    time.sleep(0.5)
    assert proc.pid in group.pids()
    group.destroy()
    assert proc.wait(timeout=10) != 0 and all(not f.exists() for f in group.folders)


def test_cgroups_v2_files_are_written_in_a_delegated_group(tmp_path, monkeypatch):
    """Without a v2 memory controller here, the v2 path is checked against a folder laid out like one."""
    (tmp_path / limits.GROUP).mkdir()
    monkeypatch.setattr(limits, "_v2_root", lambda: tmp_path)
    group = limits.Cgroup.create("v2")
    folder = group.folders[0]
    assert folder.parent == tmp_path / limits.GROUP
    assert (folder / "memory.max").read_text() == str(limits.MEMORY)
    assert (folder / "pids.max").read_text() == str(limits.PROCESSES)
    assert group.prefix()[:2] == ["/bin/sh", "-c"] and str(folder / "cgroup.procs") in group.prefix()[2]


def test_the_disk_watch_stops_a_notebook_past_its_limit(tmp_path):
    stopped = []
    watch = limits.DiskWatch([tmp_path], lambda: stopped.append(True), limit=2**20, every=0.05)
    (tmp_path / "fill").write_bytes(os.urandom(3 * 2**20))
    for _ in range(100):
        if stopped:
            break
        time.sleep(0.05)
    watch.close()
    assert stopped == [True] and "over its limit" in watch.reason


def test_the_limits_in_force_are_described():
    text = limits.describe()
    assert "limits per notebook" in text and "disk" in text and "address space" in text
    assert ("cgroup" in text) == (limits.cgroup_kind() is not None)


def test_utils_never_imports_the_grader():
    """utils/ is what a kernel imports and what students receive; the grader is neither."""
    import ast

    for path in sorted((ROOT / "utils").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n == "grader" or n.startswith("grader.") for n in names), f"{path.name} imports {names}"


def kernel_reports(box, code: str, cgroup=None) -> str:
    """Start a kernel for a new notebook of `box`'s student, run code, return its stdout, stop the kernel."""
    import asyncio

    async def go():
        scratch = sandbox.Scratch(box)
        km = sandbox.SandboxKernelManager(kernel_name="python3")
        km.scratch, km.cgroup, km.box = scratch, cgroup, box
        await km.start_kernel()
        kc = km.client()
        kc.start_channels()
        out = []
        try:
            await kc.wait_for_ready(timeout=120)
            await kc.execute_interactive(code, timeout=60, output_hook=lambda m: out.append(m["content"].get("text", "")))
        finally:
            kc.stop_channels()
            await km.shutdown_kernel(now=True)
            scratch.remove()
            if box:
                box.clear()
        return "".join(out)

    return asyncio.run(go())


@needs_bwrap
def test_kernels_are_forked_fresh_in_the_students_box_and_a_dead_template_means_a_fresh_kernel(tmp_path):
    """The box's template has imported TensorFlow, so a forked kernel finds it loaded; each notebook's kernel is
    a new process in the same pid namespace, with nothing of the last one (its variables, its children, its
    files in /tmp). Without a template the kernel command starts a fresh sandboxed kernel instead."""
    box = sandbox.Box(parent=str(tmp_path))
    try:
        probe = ("import os, sys\nprint('TF', 'tensorflow' in sys.modules, 'LEFT', globals().get('left'), 'FILE',"
                 " os.path.exists('/tmp/left-behind'), 'PROCS', len([p for p in os.listdir('/proc') if p.isdigit()]))\n"
                 "left = 1\nopen('/tmp/left-behind', 'w').close()\n"
                 "import subprocess\nsubprocess.Popen(['sleep', '300'], start_new_session=True)\n")
        first, second = kernel_reports(box, probe), kernel_reports(box, probe)
        # bubblewrap's init, the template, the kernel: no sleep, no file, no variable of the first notebook
        assert first == second == "TF True LEFT None FILE False PROCS 3\n", (first, second)
        os.killpg(box.proc.pid, 9)
        box.proc.wait()
        assert kernel_reports(box, "import sys\nprint('tensorflow' in sys.modules)") == "False\n"
    finally:
        box.close()
    assert not box.root.exists()


@needs_bwrap
@needs_cgroups
def test_a_forked_kernel_runs_in_its_notebooks_cgroup(tmp_path):
    box, cgroup = sandbox.Box(parent=str(tmp_path)), limits.create_cgroup()
    try:
        got = kernel_reports(box, "print(open('/proc/self/cgroup').read())", cgroup)
        assert cgroup.folders[0].name in got
    finally:
        cgroup.destroy()
        box.close()
