"""HTML bodies made readable, with quote markers the splitter can use."""

from __future__ import annotations

import time

from intake.parsers.html import OUTLOOK_SEPARATOR, html_to_text


def test_paragraphs_breaks_lists_and_links() -> None:
    text = html_to_text(
        "<html><head><style>p{x:y}</style><title>T</title></head><body>"
        "<p>Hello   <b>Sam</b>,</p><p>line one<br>line two</p>"
        "<ul><li>first</li><li>second</li></ul>"
        '<p>See <a href="https://x.example/brief">the brief</a> and '
        '<a href="mailto:m@x.example">m@x.example</a> or '
        '<a href="https://x.example">https://x.example</a>.</p>'
        "<script>alert(1)</script></body></html>"
    )
    assert text == (
        "Hello Sam,\n\nline one\nline two\n\n- first\n- second\n\n"
        "See the brief (https://x.example/brief) and m@x.example or https://x.example."
    )


def test_entities_and_invisible_characters() -> None:
    assert html_to_text("<p>caf&eacute;&nbsp;&amp;&#8364;5\u200b</p>") == "café &€5"


def test_a_line_per_div_is_a_line_and_an_empty_div_a_blank_one() -> None:
    """Gmail and Apple Mail: a line typed per <div>, "<div><br></div>" for an empty line."""
    text = html_to_text('<div dir="ltr"><div>Here is the plan:</div><div><br></div>'
                        "<div>Radio | 1/11 | $8,000</div><div>Digital | 1/18 | $5,500</div>"
                        "<div><br></div><div>Kevin</div></div>")
    assert text == "Here is the plan:\n\nRadio | 1/11 | $8,000\nDigital | 1/18 | $5,500\n\nKevin"


def test_blockquotes_become_quote_prefixes() -> None:
    text = html_to_text(
        '<div>Yes.</div><div class="gmail_quote">On Mon, Mar 2, 2026 Sam wrote:<br>'
        "<blockquote>Can we?<blockquote>Older</blockquote></blockquote></div>"
    )
    # (two <div>s in a row are two lines, as a mail client shows them; Gmail puts a <br>
    # before its quote)
    assert text == "Yes.\nOn Mon, Mar 2, 2026 Sam wrote:\n\n> Can we?\n>> Older"


def test_outlook_reply_header_gets_a_separator_line() -> None:
    text = html_to_text(
        '<div>OK.</div><div id="appendonsend"></div><hr>'
        '<div id="divRplyFwdMsg"><b>From:</b> Sam<br><b>Sent:</b> Monday</div>'
    )
    assert text == f"OK.\n\n{OUTLOOK_SEPARATOR}\nFrom: Sam\nSent: Monday"


def test_outlook_mso_paragraphs_are_lines() -> None:
    text = html_to_text('<p class="MsoNormal">one</p><p class="MsoNormal">two</p>')
    assert text == "one\ntwo"


def test_upper_case_markup() -> None:
    text = html_to_text(
        '<HTML><STYLE>P{}</STYLE><P CLASS=MsoNormal>One  <B>two</B></P>'
        '<P CLASS=MsoNormal>Three<BR>Four <A HREF="https://x.example/Doc">doc</A></P></HTML>'
    )
    assert text == "One two\nThree\nFour doc (https://x.example/Doc)"


def test_pre_keeps_line_breaks() -> None:
    assert html_to_text("<pre>a  b\nc</pre>") == "a b\nc"


def test_unclosed_and_hostile_markup_is_linear() -> None:
    hostile = "<a href=x>" * 20000 + "<script" * 5000 + "<!--" * 5000 + "<blockquote>" * 3000
    started = time.perf_counter()
    html_to_text(hostile)
    assert time.perf_counter() - started < 2.0
