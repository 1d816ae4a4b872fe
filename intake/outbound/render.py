"""Render the mail templates: a template name and context in, (text, html) bodies out.

Templates live in the top-level ``templates`` package as ``NAME.txt.j2`` and
``NAME.html.j2`` and are read with ``importlib.resources``, so an installed
(non-editable) package finds them too. ``StrictUndefined`` turns a missing
variable into an error instead of an empty string, and HTML templates are
autoescaped. Client text is only ever context data, never template source.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib import resources

from jinja2 import Environment, FunctionLoader, StrictUndefined, select_autoescape
from jinja2.loaders import split_template_path

TEMPLATE_PACKAGE = "templates"
LAYOUTS = frozenset({"base"})


def _load(name: str) -> tuple[str, str | None, Callable[[], bool]] | None:
    """Template source from the package; ``..`` and absolute names are refused by jinja2."""
    path = resources.files(TEMPLATE_PACKAGE)
    for piece in split_template_path(name):
        path = path.joinpath(piece)
    if not path.is_file():
        return None
    # Packaged templates do not change while the process runs.
    return path.read_text(encoding="utf-8"), None, lambda: True


@functools.cache
def environment() -> Environment:
    """The one jinja2 environment for mail (built once per process)."""
    return Environment(
        loader=FunctionLoader(_load),
        undefined=StrictUndefined,
        autoescape=select_autoescape(["html", "html.j2"], default_for_string=False),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_mail(name: str, **context: object) -> tuple[str, str]:
    """The text and HTML bodies of mail ``name`` (``NAME.txt.j2`` and ``NAME.html.j2``).

    Raises ``jinja2.TemplateNotFound`` for an unknown name and
    ``jinja2.UndefinedError`` when the context lacks a variable: both are
    mistakes in our code, not in client mail.
    """
    env = environment()
    text = env.get_template(f"{name}.txt.j2").render(context)
    html = env.get_template(f"{name}.html.j2").render(context)
    return text, html


def mail_names() -> list[str]:
    """Every mail that has templates (layouts left out), for tests and ``intake`` tooling."""
    names = {
        entry.name.removesuffix(suffix)
        for entry in resources.files(TEMPLATE_PACKAGE).iterdir()
        for suffix in (".txt.j2", ".html.j2")
        if entry.name.endswith(suffix)
    }
    return sorted(n for n in names - LAYOUTS if not n.startswith("_"))  # _partials: included
