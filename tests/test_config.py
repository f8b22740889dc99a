"""utils.config: which profile and data source a notebook runs with, and its banner."""
import numpy as np
import pytest

from utils import config as p


@pytest.fixture
def env(monkeypatch):
    for name in ("NBGRADER_EXECUTION", "COURSE_PROFILE", "COURSE_OFFLINE", "COURSE_SEED"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_full_is_the_default(env):
    assert p.profile() == "full" and not p.is_fast()


def test_course_profile_selects_fast(env):
    env.setenv("COURSE_PROFILE", "fast")
    assert p.profile() == "fast"


def test_nbgrader_execution_forces_fast(env):
    env.setenv("COURSE_PROFILE", "full")
    env.setenv("NBGRADER_EXECUTION", "autograde")
    assert p.profile() == "fast"
    assert "nbgrader is running this notebook" in p.banner(0)


def test_unknown_profile_is_an_error(env):
    env.setenv("COURSE_PROFILE", "quick")
    with pytest.raises(ValueError, match="full.*fast"):
        p.profile()


@pytest.mark.parametrize("value, expected", [("1", True), ("true", True), ("0", False), ("", False)])
def test_offline_switch(env, value, expected):
    env.setenv("COURSE_OFFLINE", value)
    assert p.offline() is expected
    assert ("offline stand-ins" in p.banner(0)) is expected


def test_seed_comes_from_the_environment(env):
    env.setenv("COURSE_SEED", "7")
    assert p.seed_everything() == 7
    first = np.random.rand(3)
    p.seed_everything()
    assert np.array_equal(first, np.random.rand(3))


def test_bad_seed_is_an_error(env):
    env.setenv("COURSE_SEED", "seven")
    with pytest.raises(ValueError, match="integer"):
        p.course_seed()


def test_banner_is_one_line(env):
    env.setenv("COURSE_PROFILE", "fast")
    line = p.banner(3)
    assert "\n" not in line and "profile=fast" in line and "seed=3" in line


def test_banner_names_a_notebook_s_own_data(env):
    line = p.banner(0, data="synthetic (utils/gas.py)")
    assert "data=synthetic (utils/gas.py)" in line and "stand-in" not in line and "real" not in line


def test_banner_names_the_runtime_and_its_version(env):
    from importlib import metadata

    assert f"runtime dl-course {metadata.version('dl-course')}" in p.banner(0)
