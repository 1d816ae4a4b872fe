"""A line of thousands of words with no full stop (a flattened table, a pasted spreadsheet)
is read in pieces the rules can afford: no piece longer than any real sentence needs, no
word lost, no date cut in two. ``benchmarks/run_on.py`` prints the times."""

from __future__ import annotations

import re
from itertools import pairwise

from intake.parsers.dates.due import _LONGEST_SENTENCE, _within_reach
from intake.parsers.dates.normalise import Shape
from intake.parsers.dates.patterns import DateMatch
from intake.parsers.nlp import analyse
from intake.parsers.statements import extract_statements
from intake.parsers.statements.units import _LONGEST_UNIT, analysed
from intake.parsers.statements.view import View


def test_a_run_on_line_is_cut_into_pieces_holding_every_word() -> None:
    doc = analyse("need the logo bigger, " * 400)
    units = analysed(doc).units
    assert len(units) > 1
    assert all(u.tok_end - u.tok_start <= _LONGEST_UNIT for u in units)
    assert all(a.tok_end <= b.tok_start for a, b in pairwise(units))
    assert sum(u.text.count("logo") for u in units) == 400  # no word lost
    assert all(u.text.rstrip().endswith(",") for u in units[:-1])  # cut after a comma


def test_a_long_real_sentence_stays_one_unit() -> None:
    sentence = ("Most of the growth in the last two years came from members who joined for an "
                "autumn promotion and then stayed, which is why we want the spring campaign to "
                "speak to the same people with the same warmth and the same offer as before.")
    units = analysed(analyse(sentence)).units
    assert [u.text for u in units] == [sentence]


def test_asks_in_a_run_on_line_are_still_read() -> None:
    changes, _requirements, _objectives = extract_statements(
        "please make the logo bigger and " * 300)
    assert changes


def _date(start: int, end: int) -> DateMatch:
    return DateMatch(start, end, Shape("ordinal", day=3), "ORD")


def test_a_long_sentence_is_judged_in_pieces_never_inside_a_date() -> None:
    cut = _LONGEST_SENTENCE
    pieces = _within_reach([(0, 1000)], [_date(cut - 1, cut + 2)])
    assert pieces[0] == (0, cut + 2)  # moved past the date that straddled the cut
    assert pieces[-1][1] == 1000
    assert all(b - a <= _LONGEST_SENTENCE + 2 for a, b in pieces)
    assert all(p[1] == q[0] for p, q in pairwise(pieces))
    assert _within_reach([(0, 40), (40, 90)], []) == [(0, 40), (40, 90)]


def _view(text: str) -> View:
    doc = analyse(text)
    an = analysed(doc)
    return View(an, an.norms(doc.vocab.strings), an.units[0], {})


def test_word_at_and_match_after_answer_as_the_linear_reading() -> None:
    view = _view("Can the İstanbul logo be a bit bigger on the back please")
    for offset in range(len(view.unit.text) + 2):
        linear = next((k for k in range(len(view.n))
                       if view.char_span(k)[0] - view.unit.start >= offset), len(view.n))
        assert view.word_at(offset) == linear
    pattern = re.compile(r"\s*(?:a bit )?bigger")
    for i in range(len(view.n)):
        expected = pattern.match(view.text_after(i).lower())
        found = view.match_after(pattern, i)
        assert (found is None) == (expected is None)
