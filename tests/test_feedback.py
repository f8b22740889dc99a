"""Feedback pages: formulas drawn without a script (RenderMath). The pages of a graded class are checked in
test_grading.py."""
import base64
import re

import nbformat
import pytest

from grader.feedback import RenderMath


def rendered(source: str) -> str:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(source)])
    nb, _ = RenderMath().preprocess(nb, {})
    return nb.cells[0].source


def formulas(text: str) -> list[str]:
    return re.findall(r'<img class="formula"[^>]* alt="([^"]*)"', text)


def test_inline_and_display_formulas_become_svg_images_with_their_tex_as_alt_text():
    text = rendered(r"score $y^c$ and $$\alpha_k = \frac{1}{HW}\sum_{i,j} a_{ij}$$ end")
    assert formulas(text) == ["y^c", r"\alpha_k = \frac{1}{HW}\sum_{i,j} a_{ij}"] and "$" not in text
    svg = base64.b64decode(re.search(r"base64,([^\"]+)", text).group(1))
    assert svg.startswith(b"<?xml") and b"<svg" in svg and b"<script" not in svg


def test_code_keeps_its_dollars_and_what_mathtext_cannot_draw_stays_tex():
    text = rendered("`$HOME` and\n```\necho $PATH $x$\n```\nthen $\\notacommand{x}$")
    assert "`$HOME`" in text and "echo $PATH $x$" in text and "<code>\\notacommand{x}</code>" in text
    assert formulas(text) == []


@pytest.mark.parametrize("source, drawn", [
    ("costs $5 and $$x^2$$", ["x^2"]),             # a dollar before a display formula is not a formula's start
    (r"\$5 is money, $a$ is math", ["a"]),         # an escaped dollar is text
    ("$" + "x" * 500 + "$", []),                   # too long to be a formula: left alone
    (r"$L_{ij} = \mathrm{ReLU}\big(\sum_k a_k\big)$", [r"L_{ij} = \mathrm{ReLU}\big(\sum_k a_k\big)"]),  # \big dropped
])
def test_edges(source, drawn):
    assert formulas(rendered(source)) == drawn


def test_a_student_cell_with_too_many_formulas_stays_text():
    many = " ".join(f"$x_{k}$" for k in range(51))
    assert formulas(rendered(many)) == [] and len(formulas(rendered(many[:60]))) > 5


def test_the_same_page_every_time():
    assert rendered("$y^c$ and $$\\frac{a}{b}$$") == rendered("$y^c$ and $$\\frac{a}{b}$$")
