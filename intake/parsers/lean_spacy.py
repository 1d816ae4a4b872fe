"""spaCy without its command line.

``import spacy`` imports ``spacy.cli`` for one helper (``spacy.info``), and with it every
CLI command: typer, rich, click, weasel and requests, about 18 MB of a process that never
runs them (measured: 96 -> 78 MB for ``spacy.blank("en")``; issue 15's memory goal).

:func:`install` puts a finder first on ``sys.meta_path`` that serves stand-ins for
``spacy.cli`` and ``spacy.cli.info`` when spaCy first imports them, without importing
spaCy itself (a command that never parses mail does not pay for it). The stand-in package
keeps the real CLI's folder as its path, and anything read from it besides ``info`` loads
the real CLI in its place, so ``spacy.cli.download`` or spaCy's tooling in the same
process still work.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import types
from collections.abc import Sequence
from typing import Any

_CLI, _INFO = "spacy.cli", "spacy.cli.info"


def _no_info(*_args: Any, **_kwargs: Any) -> None:
    raise RuntimeError("spacy.info is not loaded by intake; run `python -m spacy info`")


def _real_cli(name: str) -> Any:
    """Module ``__getattr__`` of the stand-in: the real CLI was asked for; load it."""
    for module in (_INFO, _CLI):
        if getattr(sys.modules.get(module), "__intake_stand_in__", False):
            del sys.modules[module]
    real = importlib.import_module(_CLI)
    spacy = sys.modules.get("spacy")
    if spacy is not None:
        spacy.cli = real  # type: ignore[attr-defined]
    return getattr(real, name)


class _StandIns(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves the two stand-ins once each, then leaves ``sys.meta_path``."""

    def __init__(self, cli_path: list[str]) -> None:
        self._cli_path = cli_path
        self._left = {_CLI, _INFO}

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self._left:
            return None
        spec = importlib.machinery.ModuleSpec(fullname, self, is_package=fullname == _CLI)
        if fullname == _CLI:
            spec.submodule_search_locations = list(self._cli_path)
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None  # the default module

    def exec_module(self, module: types.ModuleType) -> None:
        module.__intake_stand_in__ = True  # type: ignore[attr-defined]
        if module.__name__ == _CLI:
            module.__getattr__ = _real_cli  # type: ignore[method-assign]
        else:
            module.info = _no_info  # type: ignore[attr-defined]
        self._left.discard(module.__name__)
        if not self._left and self in sys.meta_path:
            sys.meta_path.remove(self)


def install() -> None:
    """Put the finder in place unless spaCy (or its CLI) is loaded already."""
    if "spacy" in sys.modules or _CLI in sys.modules:
        return
    if any(isinstance(finder, _StandIns) for finder in sys.meta_path):
        return
    spec = importlib.util.find_spec("spacy")  # a top-level name: spaCy is not imported
    if spec is None or not spec.submodule_search_locations:
        return
    sys.meta_path.insert(0, _StandIns([os.path.join(d, "cli")
                                        for d in spec.submodule_search_locations]))
