"""How much the voice grids' readings change when the same words are typed differently.

The labelled mail was written in plain ASCII; real mail is not. Each variant below rewrites
every grid row it touches (curly apostrophes as Outlook, Word and phones type them, curly
double quotes, en dashes, no-break spaces as plain parts made from HTML keep them, capitals,
full-width digits and signs as East Asian input methods type them, sentences ended with
an emoji, an ellipsis or nothing as on phones)
and prints how many rows read the same as the plain row and how many differ. A row that
differs is a rule that depends on typing, not on words.

Run: .venv/bin/python benchmarks/typography.py [-v]   (-v prints each row that differs)
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from voices import GRIDS, read  # noqa: E402


def _curly_double(text: str) -> str:
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def _no_break_half(text: str) -> str:
    """Every other space between two words a no-break one (deterministic)."""
    count = 0

    def swap(_: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "\u00a0" if count % 2 else " "

    return re.sub(r"(?<=\S) (?=\S)", swap, text)


# a full stop after a word that is no abbreviation or number, before a space or the end
_SENTENCE_STOP = re.compile(r"(?:(?<=[a-z]{3})|(?<=\d[snrt][tdh]))\.(?=\s|$)")
# the space between two sentences (not inside "19. Januar"), and "?", "!", ":" or ";" closing
# a word (not "3:30"; a bare "Sam Ortiz wrote:" written by a mail program reads differently)
_NEXT_SENTENCE = re.compile(r"(?<=[a-z)][.!?]) (?=[A-Z])")
_TALL_MARK = re.compile(r"(?<=[^\s\d])([?!;:])(?=\s|$)")
_FULL_WIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789$%()/:,."})

VARIANTS: dict[str, Callable[[str], str]] = {
    "curly apostrophes": lambda t: t.replace("'", "\u2019"),
    "curly double quotes": _curly_double,
    "en dashes": lambda t: t.replace(" - ", " \u2013 "),
    "no-break spaces (half)": _no_break_half,
    "capitals": str.upper,
    # an East Asian input method's full-width digits and signs: "１２月" aside, "Dec １４",
    # "＄5,000", "（２）"
    "full-width digits and signs": lambda t: t.translate(_FULL_WIDTH),
    # a phone writer's sentence ends: an emoji, an ellipsis, nothing (a full stop that is no
    # abbreviation's: "Dec." and "15.12." keep theirs)
    "emoji for full stops": lambda t: _SENTENCE_STOP.sub(" \U0001F642", t),
    "emoji after full stops": lambda t: _SENTENCE_STOP.sub(". \U0001F44D", t),
    "ellipses for full stops": lambda t: _SENTENCE_STOP.sub("...", t),
    "no final full stop": lambda t: re.sub(r"(?:(?<=[a-z]{3})|(?<=\d[snrt][tdh]))\.\s*$", "", t),
    # habits of the keyboard (2026-12-06, written before any was run): two spaces after a
    # full stop (typists of a certain age), a space before "?", "!", ":" and ";" (French
    # typography carried into English), dashes typed as "--" or as an em dash without spaces
    "two spaces after full stops": lambda t: _NEXT_SENTENCE.sub("  ", t),
    "space before ? ! : ;": lambda t: _TALL_MARK.sub(r" \1", t),
    "double hyphens for dashes": lambda t: t.replace(" - ", " -- "),
    "em dashes, no spaces": lambda t: t.replace(" - ", "\u2014"),
}


def _rows() -> list[tuple[str, tuple[Any, ...]]]:
    rows = []
    for path in sorted(GRIDS.glob("g*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rows += [(path.stem, row) for row in module.GRID]
    return rows


def main(argv: list[str]) -> int:
    rows = _rows()
    for name, rewrite in VARIANTS.items():
        same = differ = 0
        for grid, row in rows:
            given = row[0]
            if isinstance(given, dict):
                if given.get("html") or rewrite(given["body"]) == given["body"]:
                    continue
                other: tuple[Any, ...] = ({**given, "body": rewrite(given["body"])}, row[1])
            else:
                if rewrite(given) == given:
                    continue
                other = (rewrite(given), row[1])
            plain, typed = read(row), read(other)
            if plain == typed:
                same += 1
                continue
            differ += 1
            if "-v" in argv:
                text = given["body"] if isinstance(given, dict) else given
                print(f"  {grid}: {' '.join(text.split())[:80]!r}")
                changed = {k: (plain[k], typed[k]) for k in plain if plain[k] != typed[k]}
                print(f"       plain/typed {changed}")
        print(f"{name:24} rows touched {same + differ:5d}   read the same {same:5d}"
              f"   differ {differ:4d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
