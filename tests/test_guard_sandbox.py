"""utils.guard puts back what a notebook patched; utils.sandbox hides the course and the network."""
import socket
import subprocess
import sys

import numpy as np
import pytest

import utils.checks
from utils import guard, sandbox

from conftest import ROOT


def test_restore_puts_back_patched_functions_and_modules():
    guard.snapshot()
    real_allclose, real_check = np.allclose, utils.checks.check_close
    try:
        np.allclose = lambda *a, **k: True
        utils.checks.check_close = lambda *a, **k: None
        sys.modules["utils.checks"] = type(sys)("fake")
        changed = guard.restore()
    finally:
        np.allclose, utils.checks.check_close, sys.modules["utils.checks"] = real_allclose, real_check, utils.checks
    assert {"numpy.allclose", "utils.checks.check_close", "sys.modules['utils.checks']"} <= set(changed)
    assert np.allclose is real_allclose and utils.checks.check_close is real_check
    assert guard.restore() == []  # nothing changed since


needs_bwrap = pytest.mark.skipif(sandbox.unavailable_reason() is not None, reason="bubblewrap unavailable")


def _in_sandbox(tmp_path, code: str) -> subprocess.CompletedProcess:
    cmd = sandbox.wrap([sys.executable, "-c", code], tmp_path, tmp_path)
    return subprocess.run(cmd, capture_output=True, text=True, env=sandbox.kernel_env({}))


@needs_bwrap
def test_sandbox_sees_utils_and_its_folder_but_not_source_tests_or_neighbours(tmp_path):
    (tmp_path.parent / "other-student.txt").write_text("answers")
    code = ("import os, utils; print(os.path.exists(%r), os.path.exists(%r), os.listdir(%r), os.getcwd())"
            % (str(ROOT / "source"), str(ROOT / "tests"), str(tmp_path.parent)))
    proc = _in_sandbox(tmp_path, code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["False", "False", f"['{tmp_path.name}']", str(tmp_path)]


@needs_bwrap
def test_sandbox_has_no_network_and_a_memory_limit(tmp_path):
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    code = ("import socket\ntry:\n    socket.create_connection(('127.0.0.1', %d), timeout=3); print('reached')\n"
            "except OSError: print('blocked')\ntry:\n    bytearray(12 * 2**30); print('allocated')\n"
            "except MemoryError: print('MemoryError')" % port)
    proc = _in_sandbox(tmp_path, code)
    server.close()
    assert proc.stdout.split() == ["blocked", "MemoryError"], proc.stderr


def test_kernel_env_drops_the_gradebook_url():
    env = sandbox.kernel_env({"COURSE_DB_URL": "postgresql://secret", "COURSE_SEED": "3", "AWS_SECRET": "x"})
    assert "COURSE_DB_URL" not in env and "AWS_SECRET" not in env and env["COURSE_SEED"] == "3"
