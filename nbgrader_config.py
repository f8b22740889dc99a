"""nbgrader settings. The repository root is the course directory: run nbgrader from here."""
import os

c = get_config()  # noqa: F821 (provided by nbgrader)

c.CourseDirectory.course_id = "deep-learning"
# sqlite by default (gradebook.db next to this file); a shared deployment sets COURSE_DB_URL,
# e.g. postgresql://user@host/gradebook.
if os.environ.get("COURSE_DB_URL"):
    c.CourseDirectory.db_url = os.environ["COURSE_DB_URL"]

# On a hub, `nbgrader collect` takes a submission only from a student on the roster, out of a folder that student
# owns, dated by the file system (nbgrader's own collect believes the folder's name): grader/exchange.py.
c.ExchangeFactory.collect = "grader.exchange.RosterCollect"

# Autograding runs each notebook in the fast profile (nbgrader sets NBGRADER_EXECUTION).
# A cell that trains must stay well inside this limit there.
# COURSE_CELL_TIMEOUT lowers it for tests of runaway cells.
c.Execute.timeout = int(os.environ.get("COURSE_CELL_TIMEOUT", "120"))
c.Execute.interrupt_on_timeout = True

# What students see where a solution was removed.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"

# The source's instructor notes (the specification checklist and the coverage exceptions) stay out of the release.
from nbgrader.converters import GenerateAssignment  # noqa: E402

from grader.instructor_notes import DropInstructorNotes  # noqa: E402

c.GenerateAssignment.preprocessors = [DropInstructorNotes, *GenerateAssignment.class_traits()["preprocessors"].default()]

# Feedback shows each hidden test's result and message, not its code (the code holds the answers), and no
# HTML a student wrote that could run a script (grader.autograde also sets a policy that forbids scripts).
# Formulas are drawn as images, since no script runs; written answers nobody has graded say "awaiting a TA";
# a failure that matches a known mistake gets its hint (grader.known_mistakes).
import nbgrader  # noqa: E402
from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor  # noqa: E402
from nbgrader.preprocessors import ClearHiddenTests  # noqa: E402

from grader.feedback import TEMPLATES, CourseGetGrades, RenderMath, SanitizeStudentHTML  # noqa: E402
from grader.known_mistakes import KnownMistakeHints  # noqa: E402

c.GenerateFeedback.preprocessors = [CourseGetGrades, ClearHiddenTests, SanitizeStudentHTML, KnownMistakeHints,
                                    RenderMath, CSSHTMLHeaderPreprocessor]
c.HTMLExporter.template_name = "course_feedback"
c.HTMLExporter.template_file = "feedback.html.j2"
c.HTMLExporter.extra_template_basedirs = [
    os.path.join(os.path.dirname(nbgrader.__file__), "server_extensions", "formgrader", "templates"), str(TEMPLATES)]
