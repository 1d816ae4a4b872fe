"""HTML mail made readable: an HTML body (str) in, plain text out.

Keeps what a reader needs and what the quote splitter looks for:
paragraphs and line breaks, table rows as one line of cells joined by `` | ``,
list items as ``- item``, links as
``text (url)``, ``<blockquote>`` content prefixed with ``> `` per nesting
level, and a ``________________________________`` line where Outlook starts
its reply/forward header (``#appendonsend``, ``#divRplyFwdMsg``).

Written as a handful of linear regular-expression passes instead of a DOM
walk: inscriptis (a full layout engine) costs about 8 ms on a 16 KB
newsletter here, twenty times what mail-parser spends on the whole message,
and the ingest budget allows a fraction of that (see benchmarks/parse.py).
"""

from __future__ import annotations

import html as _html
import re

__all__ = ["CELL_SEPARATOR", "COLOUR_POINTED", "OUTLOOK_SEPARATOR", "colour_mark", "html_to_text",
           "visible_text"]

OUTLOOK_SEPARATOR = "_" * 32

# Tag names are lower-cased first (one pass that only calls back for the rare
# upper-case tag), so every later pattern can be case-sensitive: Python's re
# is several times slower on these alternations with re.IGNORECASE.
_UPPER_TAG = re.compile(r"</?[A-Z][A-Za-z0-9]*")
# Content that is never shown. An unclosed element runs to the end.
_INVISIBLE = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|title|xml|template)\b[^>]*>.*?(?:</\1\s*>|\Z)",
    re.S,
)
_PRE = re.compile(r"<pre\b[^>]*>(.*?)(?:</pre\s*>|\Z)", re.S)
_OUTLOOK_HEADER = re.compile(
    r"<div\b[^>]*\b(?:id|ID|Id)\s*=\s*[\"']?(?:appendonsend|divRplyFwdMsg)\b[^>]*>"
)
_BLOCKQUOTE_OPEN = re.compile(r"<blockquote\b[^>]*>")
_BLOCKQUOTE_CLOSE = re.compile(r"</blockquote\s*>")
_ANCHOR_OPEN = re.compile(
    r"<a\b[^>]*?\b(?:href|HREF|Href)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))[^>]*>"
)
_ANCHOR_CLOSE = re.compile(r"</a\s*>")
_LINK = re.compile("\x05([^\x05\x06]*)\x05([^\x05\x06]*)\x06")
_MARKERS = re.compile("[\x05\x06]")
_BR = re.compile(r"<br\b[^>]*>")
_MSO_PARAGRAPH = re.compile(r"<p\b[^>]*\b(?:class|CLASS)\s*=\s*[\"']?MsoNormal\b[^>]*>")
_PARAGRAPH = re.compile(r"</?(?:h[1-6]|ul|ol|dl|table|pre|hr)\b[^>]*>|<p\b[^>]*>")
_PARAGRAPH_END = re.compile(r"</p\s*>")
_LIST_ITEM = re.compile(r"<li\b[^>]*>")
_BLOCK = re.compile(
    r"</?(?:div|tr|dt|dd|section|article|header|footer|nav|aside|center|address"
    r"|form|fieldset|figure|figcaption|main|tbody|thead|tfoot|caption)\b[^>]*>"
)
_BLOCKS = re.compile("\x07(?:[ ]*\x07)*")
_CELL = re.compile(r"</t[dh]\s*>|</li\s*>")
# A table row with no table inside it (layout tables nest; data tables are the innermost).
_ROW = re.compile(r"<tr\b[^>]*>((?:(?!<tr\b|<table\b|</tr\s*>).)*)</tr\s*>", re.S)
_CELL_END = re.compile(r"</t[dh]\s*>")
_IN_CELL_BREAK = re.compile(r"</?p\b[^>]*>|<br\b[^>]*>|</?div\b[^>]*>")
_LAYOUT = re.compile(r"<(?:ul|ol|li|h[1-6]|blockquote|img|table)\b")
#: What separates the cells of a table row in the text: "Dec 9 | $6,500".
CELL_SEPARATOR = " | "
_TAG = re.compile(r"</?[A-Za-z][^>]*>|<![^>]*>|<\?[^>]*>")
#: Zero-width spaces and joiners, word joiners, BOMs and soft hyphens: invisible, but they
#: split "Friday\u200b" from "Friday" for every rule that reads words.
_INVISIBLE_CHARS = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


# Outlook's plain text writes a link as its words and its target: "the landing
# page<https://example.com/spring?utm=x> is live". A reader sees the words.
# (Not "<mailto:...>": a forward's "From: Sam Ortiz<mailto:sam@...>" names its sender.)
_LINK_TARGET = re.compile(r"(?<=[^\s<>])<https?://[^<>\s]{1,2000}>")


def visible_text(text: str) -> str:
    """``text`` with no invisible characters, its no-break spaces as spaces and no link
    targets after linked words: what a reader sees, for rules that match words (a plain
    part made from HTML keeps all three)."""
    if not text.isascii():
        text = _INVISIBLE_CHARS.sub("", text).replace("\xa0", " ")
    if "<http" in text:
        text = _LINK_TARGET.sub("", text)
    return text


_SEPARATORS = re.compile(rf"(?:{OUTLOOK_SEPARATOR}\n+)+{OUTLOOK_SEPARATOR}")


def _lower(match: re.Match[str]) -> str:
    return match.group().lower()


def _keep_pre(match: re.Match[str]) -> str:
    """Inside <pre>, line breaks are content: protect them from whitespace collapsing."""
    return "<br>".join(match.group(1).split("\n")).join(("<p>", "</p>"))


def _anchor_open(match: re.Match[str]) -> str:
    url = match.group(1) or match.group(2) or match.group(3) or ""
    return "\x05" + url.replace("\x05", "").replace("\x06", "") + "\x05"


def _link(match: re.Match[str]) -> str:
    """``text (url)``, or just the text when the url adds nothing a reader needs."""
    url = _html.unescape(match.group(1)).strip()
    text = match.group(2)
    shown = text.strip()
    lowered = url.lower()
    if not url or lowered.startswith(("#", "javascript:", "cid:", "data:")):
        return text
    if lowered.startswith("mailto:"):
        return text if shown else url[7:].split("?", 1)[0]
    if not shown:
        return ""
    bare = lowered.split("://", 1)[-1].rstrip("/")
    if shown.lower().rstrip("/") in (lowered.rstrip("/"), bare) or shown == url:
        return text
    return f"{text} ({url})"


def _quote_levels(text: str) -> str:
    """Turn blockquote markers into ``> `` prefixes, one per nesting level."""
    out: list[str] = []
    depth = 0
    for line in text.split("\n"):
        if line == "\x02":
            depth += 1
            continue
        if line == "\x03":
            depth = max(0, depth - 1)
            continue
        line = line.replace("\x02", "").replace("\x03", "")
        if not depth:
            out.append(line)
        elif line:  # blank lines inside a quote are dropped: the quote stays one block
            out.append(">" * depth + " " + line)
    return "\n".join(out)


def _tidy_lines(text: str) -> str:
    """Collapse spaces, trim every line and keep at most one blank line in a row."""
    out: list[str] = []
    blank = True  # drops leading blank lines
    for line in text.split("\n"):
        line = " ".join(line.split()) if "  " in line else line.strip(" ")
        if line:
            out.append(line)
            blank = False
        elif not blank:
            out.append("")
            blank = True
    return "\n".join(out)


def _row(match: re.Match[str]) -> str:
    """One table row on one line, its cells joined by ``CELL_SEPARATOR`` (Outlook puts each
    cell in paragraphs of its own, which would give a line per cell)."""
    inner = match.group(1)
    if _LAYOUT.search(inner):
        return match.group(0)  # a layout row of a newsletter: headings, lists, images
    cells = _CELL_END.split(_IN_CELL_BREAK.sub(" ", inner))
    texts = [c for c in (_TAG.sub("", cell).strip() for cell in cells) if c]
    if len(texts) < 2 or sum(map(len, texts)) > 300:
        return match.group(0)  # one cell, or prose set in a table: not a row of data
    return "\n" + CELL_SEPARATOR.join(texts) if texts else ""


# Where the message an Outlook reply quotes begins: its header block ("<b>From:</b>"), the
# rule above it, or the div Outlook names.
_QUOTED_HEADER = re.compile(r"<b>\s*(?:from|von|de|da|van)\s*:\s*</b>|border-top\s*:\s*solid|"
                            r"\b(?:id|ID|Id)\s*=\s*[\"']?(?:appendonsend|divRplyFwdMsg)\b",
                            re.IGNORECASE)
# A coloured run of text: "<span style="color:red">", "<font color="#C00000">"
_COLOURED = re.compile(r"<(?:span|font)\b[^>]*?\bcolou?r\s*(?::|=)\s*[\"']?\s*"
                       r"(?P<colour>#[0-9a-fA-F]{3,6}\b|rgb\(\s*\d+\s*,\s*\d+\s*,\s*\d+\s*\)|"
                       r"[a-z]+)[^>]*>")
#: Named colours a reader uses to mark comments, by the name the text gives them.
_COMMENT_COLOURS = {"red": "red", "darkred": "red", "crimson": "red", "blue": "blue",
                    "green": "green", "darkgreen": "green", "purple": "purple",
                    "magenta": "purple", "orange": "orange", "darkorange": "orange"}


def _colour_name(value: str) -> str | None:
    """"red", "blue", "green", "purple" or "orange" for a colour a reader sees as one (not
    black, greys, white, nor Outlook's dark signature blue #1F497D)."""
    value = value.lower()
    if value in _COMMENT_COLOURS:
        return _COMMENT_COLOURS[value]
    if value.startswith("#"):
        digits = value[1:]
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        if len(digits) != 6:
            return None
        r, g, b = (int(digits[k : k + 2], 16) for k in (0, 2, 4))
    elif value.startswith("rgb"):
        r, g, b = (int(n) for n in re.findall(r"\d+", value)[:3])
    else:
        return None
    high, low = max(r, g, b), min(r, g, b)
    if high - low < 90 or high < 120:
        return None  # grey, black, white, or too dark to read as a colour
    if r == high and g < 0.6 * r and b < 0.6 * r:
        return "orange" if g > 0.35 * r else "red"
    if g == high and r < 0.7 * g and b < 0.8 * g:
        return "green"
    if b == high and r < 0.6 * b:
        return "blue" if g < 0.9 * b else None
    if r > 0.6 * high and b > 0.6 * high and g < 0.5 * high:
        return "purple"
    return None


def colour_mark(name: str) -> str:
    """How a run typed in colour ``name`` is marked in the text ("[red] "), for the quote
    splitter to find it."""
    return f"[{name}] "


def _mark_coloured(match: re.Match[str]) -> str:
    name = _colour_name(match["colour"])
    return match.group() if name is None else match.group() + colour_mark(name)


def _coloured_comments(text: str) -> str:
    """Comments a reader typed in colour into the message they quote ("my comments are in
    red below"), each run marked "[red] " so the quote splitter can find them; only when the
    writer says so above the quote, and colour before the quote (a signature) is left."""
    found = _QUOTED_HEADER.search(text)
    if found is None or not COLOUR_POINTED.search(text, 0, found.start()):
        return text  # (a newsletter's colours, a signature's: nobody said "in red below")
    return text[: found.start()] + _COLOURED.sub(_mark_coloured, text[found.start() :])


#: The writer saying their comments are in a colour: "my comments are in red below"
COLOUR_POINTED = re.compile(r"\b(?:in|marked in|highlighted in|written in)\s+(?P<colour>red|"
                            r"blue|green|purple|orange)\b", re.IGNORECASE)


def html_to_text(html: str) -> str:
    """Readable text of an HTML body. Linear in the input size; never raises on bad markup."""
    if not html:
        return ""
    text = html.replace("\x00", "")
    text = _UPPER_TAG.sub(_lower, text)
    if "<!--" in text or "<s" in text or "<t" in text or "<x" in text:
        text = _INVISIBLE.sub("", text)
    if "olor" in text:
        text = _coloured_comments(text)
    if "<pre" in text:
        text = _PRE.sub(_keep_pre, text)
    text = " ".join(text.split())  # HTML whitespace: every run is one space
    if "<div" in text:
        text = _OUTLOOK_HEADER.sub(f"\n{OUTLOOK_SEPARATOR}\n", text)
    if "<blockquote" in text:
        text = _BLOCKQUOTE_OPEN.sub("\n\x02\n", text)
        text = _BLOCKQUOTE_CLOSE.sub("\n\x03\n", text)
    has_links = "\x05" not in text and "\x06" not in text and "<a" in text
    if has_links:
        text = _ANCHOR_OPEN.sub(_anchor_open, text)
        text = _ANCHOR_CLOSE.sub("\x06", text)
    if "<tr" in text:
        text = _ROW.sub(_row, text)
    text = _BR.sub("\n", text)
    # Outlook writes one <p class=MsoNormal> per line and blank paragraphs between
    # paragraphs: its lines end at </p> and open with nothing.
    text = _MSO_PARAGRAPH.sub("", text)
    text = _PARAGRAPH.sub("\n\n", text)
    text = _PARAGRAPH_END.sub("\n", text)
    text = _LIST_ITEM.sub("\n- ", text)
    if "<" in text:
        # one line end where a block closes and the next opens: Gmail and Apple Mail write a
        # line per "<div>" and a blank one as "<div><br></div>" (not a blank line a row)
        text = _BLOCKS.sub("\n", _BLOCK.sub("\x07", text))
    text = _CELL.sub(" ", text)
    text = _TAG.sub("", text)
    if "&" in text:
        text = _html.unescape(text)
    text = text.replace("\xa0", " ").replace("\r", "").replace("\t", " ")
    if has_links:
        text = _LINK.sub(_link, text)
        text = _MARKERS.sub("", text)
    if not text.isascii():
        text = _INVISIBLE_CHARS.sub("", text)
    text = _tidy_lines(text)
    if "\x02" in text or "\x03" in text:
        text = _tidy_lines(_quote_levels(text))
    if OUTLOOK_SEPARATOR in text:
        text = _SEPARATORS.sub(OUTLOOK_SEPARATOR, text)
    return text.strip()
