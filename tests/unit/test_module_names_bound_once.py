"""Every module-level name in ``intake/`` is bound once. The rule modules are long tables of
patterns and word sets; a second ``_PUT_IN_ORDER = ...`` or ``_AIM_WORDS = ...`` further down
silently replaces the first for every rule above it that reads the name at call time (it
happened twice: a rule read another rule's table for sessions). ruff reports a function or an
import bound twice (F811), not an assignment."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "intake"


def _bound_twice(source: str) -> dict[str, list[int]]:
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(source).body:
        names: list[str] = []
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        for name in names:
            lines[name].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def test_no_module_level_name_is_bound_twice() -> None:
    found = {str(path.relative_to(PACKAGE)): twice for path in sorted(PACKAGE.rglob("*.py"))
             if (twice := _bound_twice(path.read_text(encoding="utf-8")))}
    assert found == {}


def test_a_table_bound_twice_is_found() -> None:
    assert _bound_twice("A = 1\ndef f(): return A\nA = 2\n") == {"A": [1, 3]}
