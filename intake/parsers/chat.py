"""A chat pasted into mail: each message's stamp blanked, each message a paragraph of its own.

Clients paste WhatsApp, iMessage, Teams and Slack conversations into mail ("pasting what my
partner and I said on WhatsApp"). Each line then opens with a stamp ("[4/15/29, 8:02:11 PM]
Luis Jimenez: ", "15/04/2029, 20:02 - Luis: ") or sits under a name-and-time line ("Ken Adams
9:14 AM"): the stamp's date is no deadline, and a message without a full stop is no heading
nor the start of the next line's sentence. Blanked to the same length (newlines kept), as
:mod:`intake.parsers.pasted` does, so offsets into the text stay true.
"""

from __future__ import annotations

import re

_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
# "[4/15/29, 8:02:11 PM] Luis Jimenez: ", "4/15/29, 8:02 PM - Luis Jimenez: ",
# "[15.04.29, 20:02:11] Luis: "
_STAMPED = re.compile(
    rf"^[ \t]*\[?\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}},?\s+{_TIME}\]?[ \t]*(?:[-–][ \t]*)?"
    r"[^:\n\d][^:\n]{0,40}:[ \t]*(?=\S)", re.MULTILINE)
# "Ken Adams 9:14 AM", "Priya Shah  9:16": a name and a time alone on a line (Teams, Slack)
_NAME_AND_TIME = re.compile(
    rf"^[ \t]*[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){{0,3}}[ \t]+{_TIME}[ \t]*$", re.MULTILINE)


def without_chat_stamps(text: str) -> str:
    """``text`` with the stamps of a pasted chat blanked: only when two lines or more carry
    one (one "3/4/29, 10:00 - " line is no chat)."""
    if ":" not in text:
        return text
    stamps = [*_STAMPED.finditer(text), *_NAME_AND_TIME.finditer(text)]
    if len(stamps) < 2:
        return text
    chars = list(text)
    for m in stamps:
        start, end = m.start(), m.end()
        while start < end and chars[start] in " \t":
            start += 1
        chars[start:end] = [" "] * (end - start)
        # a message of its own: a blank line before it (the stamp's first character)
        if start > 0 and text[start - 1] == "\n":
            chars[start] = "\n"
    return "".join(chars)
