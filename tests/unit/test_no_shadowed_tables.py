"""No module of intake assigns the same top-level name twice.

The rule modules hold hundreds of word tables beside the rules that read them; a second
table of the same name replaces the first for every rule, the ones above it included, and no
linter says so (``objectives._AIM_WORDS`` did, for a rule written against the first table).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import intake

PACKAGE = Path(intake.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_top_level_name_is_bound_once(path: Path) -> None:
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_the_check_sees_a_second_table() -> None:
    names = _top_level_names(ast.parse("A = 1\ndef f():\n    return A\nA = 2\n"))
    assert names["A"] == 2
