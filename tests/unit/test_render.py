"""render_mail: every template renders with StrictUndefined; HTML escapes, client text is data."""

from __future__ import annotations

import tomllib
from importlib import resources

import jinja2
import pytest

from intake.outbound.render import environment, mail_names, render_mail

SAMPLES = tomllib.loads(resources.files("templates").joinpath("samples.toml").read_text())


def test_every_mail_has_both_templates_and_a_sample() -> None:
    names = mail_names()
    assert "notice" in names
    files = {entry.name for entry in resources.files("templates").iterdir()}
    for name in names:
        assert {f"{name}.txt.j2", f"{name}.html.j2"} <= files, name
        assert name in SAMPLES, f"templates/samples.toml has no [{name}]"


@pytest.mark.parametrize("name", mail_names())
def test_every_template_renders_with_strict_undefined(name: str) -> None:
    text, html = render_mail(name, **SAMPLES[name])
    assert text.strip() and html.strip()
    assert "This message was sent automatically." in text
    assert html.lstrip().startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("name", mail_names())
def test_a_missing_variable_is_an_error(name: str) -> None:
    context = dict(SAMPLES[name])
    context.pop(sorted(context)[0])
    with pytest.raises(jinja2.UndefinedError):
        render_mail(name, **context)


def test_html_is_escaped_and_text_is_not() -> None:
    text, html = render_mail("notice", recipient_name="Dana <dana@acme.example>", title="T",
                             message="Budget < $5,000 & <b>bold</b>", items=["<i>x</i>"])
    assert "Budget < $5,000 & <b>bold</b>" in text
    assert "Budget &lt; $5,000 &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert "<li>&lt;i&gt;x&lt;/i&gt;</li>" in html
    assert "<b>bold</b>" not in html


def test_client_text_is_data_never_a_template() -> None:
    text, html = render_mail("notice", recipient_name="{{ recipient_name }}", title="T",
                             message="{% for x in range(3) %}{{ 7*7 }}{% endfor %}", items=[])
    assert "{% for x in range(3) %}{{ 7*7 }}{% endfor %}" in text
    assert "{{ recipient_name }}" in text
    assert "49" not in text and "49" not in html


def test_items_render_as_a_list() -> None:
    text, html = render_mail("notice", recipient_name="Dana", title="T", message="m",
                             items=["Brief", "Budget"])
    assert "- Brief\n- Budget\n" in text
    assert html.count("<li>") == 2


def test_environment_is_strict_and_autoescapes_only_html() -> None:
    env = environment()
    assert env.undefined is jinja2.StrictUndefined
    assert env.autoescape("notice.html.j2") is True  # type: ignore[operator]
    assert env.autoescape("notice.txt.j2") is False  # type: ignore[operator]


def test_unknown_mail_and_escaping_paths_are_refused() -> None:
    with pytest.raises(jinja2.TemplateNotFound):
        render_mail("no-such-mail")
    with pytest.raises(jinja2.TemplateNotFound):
        environment().get_template("../pyproject.toml")
