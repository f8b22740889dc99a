# Course repository tasks. Every target sets up .venv/ first if needed.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
ASSIGNMENT ?= hw4
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
export TF_CPP_MIN_LOG_LEVEL := 2
# The embedded default for demo, tests and benchmarks: fast profile, offline stand-ins.
FAST := COURSE_PROFILE=fast COURSE_OFFLINE=1

.PHONY: setup demo test validity check release student-kit known-mistakes collect autograde export bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock .ci/system-packages
	@bash .ci/system-packages
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
	@touch $@

demo: setup  ## release, three demo students, autograde, feedback, CSV, score table
	$(FAST) $(PY) -m grader.demo $(ASSIGNMENT)

test: setup  ## unit tests, release sync, grader validity (heavy notebooks in part: see README), robustness
	$(FAST) $(PY) -m pytest

validity: setup  ## make test, with the heavy notebooks' every mutant, alternative and seed, and nbgrader validate
	$(FAST) COURSE_VALIDITY=all $(PY) -m pytest

check: setup  ## one notebook while writing it: make check NB=q7_gradcam (nbval, release sync, grading)
	@test -n "$(NB)" || { echo "usage: make check NB=<notebook name, e.g. q7_gradcam>"; exit 2; }
	$(FAST) COURSE_VALIDITY=all COURSE_TEST_ONLY=$(NB) $(PY) -m pytest source/$(ASSIGNMENT)/$(NB).ipynb \
		tests/test_submissions.py tests/test_release.py tests/test_grading.py tests/test_known_mistakes.py tests/test_visible_checks.py \
		tests/test_spec_checklist.py tests/test_arg_coverage.py tests/test_mutation_sample.py -k "$(NB)"

release: setup  ## regenerate release/$(ASSIGNMENT) from source/$(ASSIGNMENT)
	$(PY) -m grader.course release $(ASSIGNMENT)

student-kit: setup  ## what a student gets for $(ASSIGNMENT): dist/$(ASSIGNMENT)-student/ and its zip (no solutions)
	$(PY) -m grader.kit $(ASSIGNMENT)

known-mistakes: setup  ## grade the mutants of $(ASSIGNMENT) (NB=... for some) and record what each fails
	$(FAST) $(PY) -m grader.known_mistakes $(ASSIGNMENT) $(if $(NB),--notebooks $(NB))

collect: setup  ## an LMS's "download all submissions" zip into submitted/: make collect ZIP=all.zip LMS=canvas|moodle
	@test -n "$(ZIP)" -a -n "$(LMS)" || { echo "usage: make collect ZIP=<zip> LMS=canvas|moodle [ASSIGNMENT=hw4]"; exit 2; }
	$(PY) -m grader.lms collect $(ASSIGNMENT) "$(ZIP)" --lms $(LMS)

autograde: setup  ## grade every submission under submitted/*/$(ASSIGNMENT)
	$(PY) -m grader.autograde $(ASSIGNMENT)

export: setup  ## the gradebook as an LMS's grade import CSV (autograded/<lms>_grades.csv): make export LMS=canvas|moodle
	@test -n "$(LMS)" || { echo "usage: make export LMS=canvas|moodle"; exit 2; }
	$(PY) -m grader.lms export --lms $(LMS)

bench: setup  ## notebook times (fast profile); a full-profile q2 epoch; the tester's cost; class-grading throughput; validity cost of a notebook
	$(FAST) $(PY) bench/notebook_times.py
	$(PY) bench/transfer_epoch_cost.py
	$(FAST) $(PY) bench/tester_cost.py
	$(FAST) $(PY) bench/grading_throughput.py
	$(FAST) $(PY) bench/validity_cost.py

clean:  ## remove grading state (not the venv, not submitted/)
	rm -rf autograded/*/ feedback/ .staged/ gradebook.db
