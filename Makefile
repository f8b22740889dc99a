# Course repository tasks. Every target sets up .venv/ first if needed.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
ASSIGNMENT ?= hw4
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
export TF_CPP_MIN_LOG_LEVEL := 2
# The embedded default for demo, tests and benchmarks: fast profile, offline stand-ins.
FAST := COURSE_PROFILE=fast COURSE_OFFLINE=1

.PHONY: setup demo test release autograde bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
	@touch $@

demo: setup  ## release, three demo students, autograde, feedback, CSV, score table
	$(FAST) $(PY) -m utils.demo $(ASSIGNMENT)

test: setup  ## unit tests, notebooks (nbval), release sync, grader validity, robustness
	$(FAST) $(PY) -m pytest

release: setup  ## regenerate release/$(ASSIGNMENT) from source/$(ASSIGNMENT)
	$(PY) -m utils.course release $(ASSIGNMENT)

autograde: setup  ## grade every submission under submitted/*/$(ASSIGNMENT)
	$(PY) -m utils.autograde $(ASSIGNMENT)

bench: setup  ## notebook execution times in the fast profile
	$(FAST) $(PY) bench/notebook_times.py

clean:  ## remove grading state (not the venv, not submitted/)
	rm -rf autograded/*/ feedback/ .staged/ gradebook.db
