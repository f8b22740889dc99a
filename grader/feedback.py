"""Pages a student or a TA opens run no script a student wrote.

- `SanitizeStudentHTML`, an nbconvert preprocessor: the markdown and raw cells a student could edit (not the
  locked ones, which nbgrader restores) and every cell's outputs go through nbconvert's bleach sanitizer;
  script and event-handler attributes are escaped, javascript: links disarmed, and outputs of types that can
  run code (JavaScript, SVG, widgets) dropped. The grader runs it when it records a notebook in autograded/,
  so the formgrader shows sanitized work too; nbgrader_config.py runs it again for feedback.
- `lock_down(html)`: a Content-Security-Policy that lets a feedback page run no script at all, as a second
  wall. MathJax is a script, so `RenderMath` draws the formulas instead.
- `CourseGetGrades`: nbgrader's GetGrades, plus what the template (grader/templates/course_feedback) needs to
  say which written answers await a TA and to count them apart from the autograded points.
- `RenderMath`: every `$...$` and `$$...$$` in markdown becomes an SVG image drawn by matplotlib's mathtext,
  with the TeX as its alt text; a formula mathtext cannot parse stays as TeX in code style.
"""
import base64
import html
import io
import re
from pathlib import Path

from bleach import ALLOWED_ATTRIBUTES, ALLOWED_TAGS
from nbconvert.preprocessors import Preprocessor
from nbconvert.preprocessors.sanitize import SanitizeHTML
from nbgrader.preprocessors import GetGrades

TEMPLATES = Path(__file__).parent / "templates"

CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
       "base-uri 'none'; form-action 'none'")
JAVASCRIPT_LINK = re.compile(r"\]\(\s*(?:javascript|vbscript|data)\s*:", re.IGNORECASE)
TAGS = sorted(set(ALLOWED_TAGS) | {"p", "br", "hr", "pre", "span", "div", "sub", "sup", "h1", "h2", "h3", "h4", "h5",
                                   "h6", "table", "thead", "tbody", "tr", "th", "td", "img", "style", "del", "dl",
                                   "dt", "dd", "kbd", "details", "summary"})
ATTRIBUTES = {**ALLOWED_ATTRIBUTES, "*": ["class", "title", "align"], "img": ["src", "alt", "width", "height"],
              "th": ["colspan", "rowspan"], "td": ["colspan", "rowspan"]}


class SanitizeStudentHTML(SanitizeHTML):
    """nbconvert's SanitizeHTML, applied to what a student could write: unlocked markdown and raw cells and the
    outputs of every code cell."""

    def __init__(self, **kw):
        kw.setdefault("enabled", True)  # nbconvert's preprocessors are off unless enabled
        kw.setdefault("tags", TAGS)
        kw.setdefault("attributes", ATTRIBUTES)
        super().__init__(**kw)

    def preprocess_cell(self, cell, resources, cell_index):
        if cell.cell_type == "code":
            return super().preprocess_cell(cell, resources, cell_index)
        if cell.metadata.get("nbgrader", {}).get("locked"):
            return cell, resources
        if "<" in cell.source:
            cell.source = self.sanitize_html_tags(cell.source)
        cell.source = JAVASCRIPT_LINK.sub("](#", cell.source)
        return cell, resources


class CourseGetGrades(GetGrades):
    """GetGrades, and for the feedback template: `awaiting_ta` on each grade cell that needs a TA (a written
    answer before a TA grades it), and in resources the points split into scored and awaiting."""

    def preprocess(self, nb, resources):
        self.split = {"scored": 0.0, "scored_max": 0.0, "awaiting": 0.0, "manual_scored": 0}
        nb, resources = super().preprocess(nb, resources)
        resources["nbgrader"].update(self.split, scored=self.split["scored"] - resources["nbgrader"]["late_penalty"])
        return nb, resources

    def _get_score(self, cell, resources):  # GetGrades's, with one more field from the same gradebook row
        grade = self.gradebook.find_grade(cell.metadata["nbgrader"]["grade_id"], self.notebook_id,
                                          self.assignment_id, self.student_id)
        awaiting = grade.needs_manual_grade  # as grader.course.scores counts "pending" for the TA's table
        cell.metadata.nbgrader.update(score=grade.score, points=grade.max_score, awaiting_ta=awaiting)
        if awaiting:
            self.split["awaiting"] += grade.max_score
        else:
            self.split["scored"] += grade.score
            self.split["scored_max"] += grade.max_score
            self.split["manual_scored"] += int(grade.manual_score is not None)


CODE = re.compile(r"(```.*?```|`[^`\n]*`)", re.DOTALL)
MATH = re.compile(r"\$\$(.+?)\$\$|(?<![\\$])\$([^$\n]+?)\$(?!\$)", re.DOTALL)
UNSUPPORTED = re.compile(r"\\[bB]igg?[lr]?(?=[^a-zA-Z])|\\left|\\right")  # sizes mathtext lacks: dropped


class RenderMath(Preprocessor):
    """Formulas in markdown drawn as SVG images (allowed by the page's policy), as MathJax would show them."""

    max_length = 400  # longer "formulas" (or a student's stray dollars) stay as text
    max_student_formulas = 50  # per cell a student wrote: more stay as text (drawing is work for the TA's machine)

    def __init__(self, **kw):
        kw.setdefault("enabled", True)
        super().__init__(**kw)

    def preprocess_cell(self, cell, resources, cell_index):
        if cell.cell_type == "markdown" and "$" in cell.source:
            if not cell.metadata.get("nbgrader", {}).get("locked") and \
                    len(MATH.findall(cell.source)) > self.max_student_formulas:
                return cell, resources
            pieces = CODE.split(cell.source)  # code spans and fences (the odd pieces) keep their dollars
            cell.source = "".join(p if k % 2 else MATH.sub(self._image, p) for k, p in enumerate(pieces))
        return cell, resources

    def _image(self, match) -> str:
        display, tex = match.group(1) is not None, (match.group(1) or match.group(2)).strip()
        if len(tex) > self.max_length:
            return match.group(0)
        try:
            svg = formula_svg(UNSUPPORTED.sub("", tex), 16 if display else 13)
        except Exception:  # noqa: BLE001 (mathtext's errors have no common base; the TeX is still shown)
            return f"<code>{html.escape(tex)}</code>"
        data = base64.b64encode(svg).decode("ascii")
        style = "display:block;margin:0.5em auto" if display else "display:inline;vertical-align:middle;margin:0"
        return f'<img class="formula" style="{style}" alt="{html.escape(tex)}" src="data:image/svg+xml;base64,{data}">'


def formula_svg(tex: str, size: float) -> bytes:
    """TeX (mathtext's subset) as a standalone SVG."""
    import matplotlib
    from matplotlib import font_manager, mathtext
    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "feedback"}):  # fixed ids
        mathtext.math_to_image(f"${tex}$", buf, prop=font_manager.FontProperties(size=size), format="svg")
    return re.sub(rb"<metadata>.*?</metadata>", b"", buf.getvalue(), flags=re.DOTALL)  # drops the date: same page each run


def lock_down(html: str) -> str:
    """The page with a policy, first in its head, that forbids every script, frame and outside resource."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
    if meta in html:
        return html
    head = re.search(r"<head[^>]*>", html, re.IGNORECASE)
    return html[: head.end()] + meta + html[head.end():] if head else meta + html


def lock_down_folder(folder: Path) -> None:
    for page in Path(folder).rglob("*.html"):
        if not page.is_symlink():
            page.write_text(lock_down(page.read_text(encoding="utf-8")), encoding="utf-8")
