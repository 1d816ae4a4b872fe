"""Hard-wrapped lines: the sender's mail client broke prose at about 72 characters.

Input: a message's text. Output: the same text with each such line break turned
into a space, so "needs to be signed off a week\\nbefore that" reads as one
phrase; the length, and so every offset into the text, stays the same. A line
break is a wrap when the line before it is long (``WRAP_LINE``) or stops on a word
no sentence ends on ("by", "the": ``MID_PHRASE``), does not end a thought (".",
":", "?"...) and the next line is prose, not a bullet. Text wrapped twice (quoted or
pasted, then wrapped narrower) leaves short lines between long ones; a long clause may
wrap after its semicolon, a European date after its day's dot: each is a wrap too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from intake.parsers.dates.normalise import MONTHS
from intake.parsers.prefilter import prefilter_patterns
from intake.parsers.tables import table_row

#: A line at least this long, ending in a word, was hard-wrapped by the sender's mail client.
WRAP_LINE = 60
#: Bullet marks as people and mail clients type them besides dashes and dots: arrows, ticks
#: and boxes ("➢ Swap the hero image", "☐ Add the QR code").
TYPED_BULLETS = "‣➢➤►▶✓✔☐☑□■●○◆♦"
#: Outlook's plain text writes a list's second and third levels as "o" and "§" and a tab
#: (the first as "·" and a tab): never prose, with the tab.
OUTLOOK_MARKS = r"[o§](?=\t)"
#: What starts a list item: "-", "*", "•", "1.", "a)", "(i)", a typed bullet, "o<tab>".
BULLET = re.compile(rf"[ \t]*(?:[-*•–—·▪◦>{TYPED_BULLETS}]|\d{{1,2}}[.)]|[a-hA-H][.)]|\(\w\)|"
                    rf"{OUTLOOK_MARKS})[ \t]+")
ENDS_THOUGHT = frozenset(":.!?;")
#: A line opened by the place it is about, then a dash or a colon: a page, a slide, a
#: timecode ("p.3 - replace the crane photo", "Slide 4: ...", "1:05 - music swells too
#: early"); two such lines in a row are items, whatever their length.
_ITEM_LABEL = re.compile(r"[ \t]*(?:p\.?\s?\d{1,3}|pp?g\.?\s?\d{1,3}|pages?\s\d{1,3}|"
                         r"slides?\s\d{1,3}|#\d{1,3}|\d{1,2}:\d\d(?::\d\d)?)"
                         # "Page 1, para 2 - ...", "Page 2, sign-off - ..."
                         r"(?:,\s*[\w-]+(?:\s[\w-]+){0,2})?\s*(?:[-–—:|)]|\s-)\s",
                         re.IGNORECASE)


_BREAK = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)")
#: A line pasted from a chat opens with its time stamp ("[9:15 AM] Jess Wu: and can we drop
#: ..."): a new message, never the wrapped rest of the line above.
_CHAT_STAMP = re.compile(r"[ \t]*\[(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?,?\s+)?\d{1,2}:\d\d(?::\d\d)?"
                         r"(?:\s?[AaPp]\.?[Mm]\.?)?\]")


def own_lines(text: str, line_start: int, next_start: int) -> bool:
    """Whether the line at ``line_start`` and the one at ``next_start`` are items of their own,
    never one wrapped line: both open with a label ("p.3 - ...", "0:40 - ...", "Change: ..."),
    or the second with a chat's time stamp ("[9:15 AM] Jess Wu: ...")."""
    return bool(_ITEM_LABEL.match(text, line_start) and _ITEM_LABEL.match(text, next_start)) \
        or bool(_KEY_LABEL.match(text, line_start) and _KEY_LABEL.match(text, next_start)) \
        or _CHAT_STAMP.match(text, next_start) is not None


# "Change: the hero photo ...\nChange: the button ...", "Photo: ...\nButton: ...": lines each
# opened by a capitalised label and its colon
_KEY_LABEL = re.compile(r"[ \t]*[A-Z][\w'’ -]{0,24}:[ \t]+\S")


#: Words no sentence ends on: a short line ending in one was broken mid-phrase (an HTML
#: ``<br>`` in "We need the next round by<br>Tuesday Dec 8", a phone's narrow screen).
MID_PHRASE = frozenset(str.split(
    "by to the a an of for on in at and or until till before after from with than "
    # ... and in German, French and Spanish ("benötigen wir die Roll-ups bis\nFreitag")
    "bis zum zur vom den dem für mit und oder bei nach auf "
    "les une des du pour avec et au aux "
    "los las una para con y del por hasta"))
_LAST_WORD = re.compile(r"(?:^|\s)([^\W\d_]+)$")  # "für" too


_DAY_DOT = re.compile(r"(?<![\d.])\d{1,2}\.$")
_INDENTED = re.compile(r"[ \t]*(\S)")
_FIRST_WORD = re.compile(r"[ \t]*([^\W\d_]+)")


def _ends_mid_phrase(line: str) -> bool:
    found = _LAST_WORD.search(line)
    # at least three words: "Thanks to" alone is no sentence broken by a wrap
    return found is not None and found.group(1).lower() in MID_PHRASE and len(line.split()) >= 3


def _next_char(text: str, newline: int) -> str:
    """The next line's first character that is not an indent."""
    found = _INDENTED.match(text, newline + 1)
    return found.group(1) if found else ""


def _clause_goes_on(line: str, text: str, line_start: int, newline: int) -> bool:
    """A line wrapped just after a semicolon of a long clause ("... at the end of December;
    \nthe leads are poor."; a list of short clauses, "bigger logo;\nshorter headline;", is
    not long), after a colon that a wrap left at a long line's end before more long prose,
    or after a European day's dot ("bis Freitag, den 8.\nJanuar")."""
    following = _next_char(text, newline)
    if line[-1] == ":":  # "... next to the agenda? One more:\nplease cut the pricing ..."
        return following.islower() and len(line) >= WRAP_LINE and _long_next(text, newline)
    if line[-1] == ";":
        return following.islower() and (len(line) >= WRAP_LINE
                                         or _ragged(text, line_start, newline))
    if _DAY_DOT.search(line) and len(line) >= WRAP_LINE:
        word = _FIRST_WORD.match(text, newline + 1)
        return word is not None and word.group(1).lower() in MONTHS
    return False


def _long_next(text: str, newline: int) -> bool:
    """Whether the next line is itself wrapped prose, not a short list item under a lead-in
    ("... in these sizes:\nposter 50x70"): a colon a wrap left at a line's end. Wrapped
    twice, the prose may go on in a short line first ("One more:\nplease cut\nthe
    pricing section entirely, ...")."""
    end = text.find("\n", newline + 1)
    end = end if end >= 0 else len(text)
    if len(text[newline + 1 : end].rstrip()) >= WRAP_LINE:
        return True
    if end == len(text) or not _next_char(text, end).islower():
        return False
    after = text.find("\n", end + 1)
    return len(text[end + 1 : after if after >= 0 else len(text)].rstrip()) >= WRAP_LINE


def _ragged(text: str, line_start: int, newline: int) -> bool:
    """A short line left between long ones when wrapped text is wrapped again narrower
    (quoted, pasted, re-sent): "... to include everything the\nteam asked for" after a
    line of 72. It is a wrap when the line before it is long and the next line goes on in
    lower case; a short line after a short one ("Best,\nmarco") or after a lead-in ("...
    in these sizes:\nposter\nflyer") is not."""
    following = _next_char(text, newline)
    if not following.islower() or line_start == 0:
        return False
    before_start = text.rfind("\n", 0, line_start - 1) + 1
    before = text[before_start : line_start - 1].rstrip()
    return len(before) >= WRAP_LINE and not before.endswith(":")  # not a lead-in's list


_PROSE_LINE = 30  # characters (and five words) of a line that is prose, not a list's item
_NOT_PROSE = re.compile(r"[ \t]*(?:www\.|https?:|[\w.+-]+@|[a-z]{1,3}:)")
_SENTENCE_END = re.compile(r"[^\n]*?[.!?](?:[ \t]|$)", re.M)


def _sentence_ends_below(line: str, text: str, newline: int) -> bool:
    """"... never to put the logo on a busy\nbackground. The banners ...": a line of prose
    that ends no thought, the next line going on in lower case to end the sentence. (Terse
    lines typed as a list, "bump the font size up on the spec tables\nlose the tagline",
    end no sentence; nor "www." or "m: ..." under a signature's line.)"""
    if len(line) < _PROSE_LINE or len(line.split()) < 5:
        return False
    if not _next_char(text, newline).islower() or _NOT_PROSE.match(text, newline + 1):
        return False
    return _SENTENCE_END.match(text, newline + 1) is not None


_ENDS_ON_A_DAY = re.compile(r"(?:^|\s)\d{1,2}(?:st|nd|rd|th)?\.?$")
_MONTH_FIRST = re.compile(r"[ \t]*([^\W\d_]+)")


def _month_follows_its_day(line: str, text: str, newline: int) -> bool:
    """"... banners ready by 10\nJanuary.": a day at a line's end, its month opening the next
    line (a line of three words or more: not a list's "10\nJanuary")."""
    if not _ENDS_ON_A_DAY.search(line) or len(line.split()) < 3:
        return False
    word = _MONTH_FIRST.match(text, newline + 1)
    return word is not None and word.group(1).lower() in MONTHS


_DAY_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?P<month>[^\W\d_]+)?")


def _day_wrapped(line: str, text: str, newline: int) -> bool:
    """"... and the sell sheets printed by March\n10. Budget for ...", "... bis zum\n10.
    März": a day a client's wrap put at a line's start reads like a numbered item. Only
    after a long line (a list's "1. March" is short), ending on a month or on a word before
    one ("bis zum", "le", "el")."""
    found = _DAY_ITEM.match(text, newline + 1)
    if found is None or len(line) < _NARROWEST_WRAP:
        return False
    last = _LAST_WORD.search(line)
    word = last.group(1).lower() if last else ""
    month = found.group("month")
    return word in MONTHS or (
        month is not None and month.lower() in MONTHS and word in _BEFORE_A_DAY)


# Words no sentence ends on, and those before a day in German, French and Spanish.
_BEFORE_A_DAY = MID_PHRASE | {"am", "ab", "le", "el"}


#: Mail clients wrap at 60 to 80 characters; a narrower column is a list, not a wrap.
_NARROWEST_WRAP = 55
_WIDEST_WRAP = 80
_NEXT_WORD = re.compile(r"[ \t]*(\S+)")
_LABEL = re.compile(r"[ \t]*[A-Z][\w &/-]{0,25}:\s")


def wrap_width(text: str) -> int:
    """The column the sender's client wrapped ``text`` at (its longest line of at most 80
    characters): positive when three lines at most 12 characters short of it stop on a
    word, negative (the same column, less sure) with fewer, 0 when under 55. A phone or an
    old client wrapping at 60 leaves lines of 50 that the fixed ``WRAP_LINE`` test misses."""
    lines = [line.rstrip() for line in text.split("\n")]
    width = max((len(line) for line in lines if len(line) <= _WIDEST_WRAP), default=0)
    if width < _NARROWEST_WRAP:
        return 0
    wrapped = sum(1 for line in lines if width - 12 <= len(line) <= width
                  and line[-1] not in ENDS_THOUGHT and not _LABEL.match(line))
    return width if wrapped >= 3 else -width


_DAY_OR_SUM = re.compile(
    r"[ \t]*(?:\d|[$€£¥]|(?:AUD|CAD|CHF|DKK|EUR|GBP|NOK|NZD|SEK|SGD|USD)\b|(?i:jan(?:uary)?|"
    r"feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)")


def _next_word_overflows(line: str, text: str, newline: int, width: int) -> bool:
    """Whether the next line's first word would not have fitted on ``line`` at ``width``
    (a less sure, negative column: only when that line goes on in lower case):
    why a client wraps. The line must be near the column (a short line ends on purpose)."""
    if width < 0:  # a column seen on fewer lines: only prose going on in lower case, or a
        width = -width  # day or a sum going on ("by Friday\n23 October", "Budget is\nNOK 85 000")
        if not (_next_char(text, newline).islower() or _DAY_OR_SUM.match(text, newline + 1)):
            return False
    if len(line) < width - 20 or _LABEL.match(text, newline + 1):
        return False  # "Services: please add ...": the next item of a labelled list
    word = _NEXT_WORD.match(text, newline + 1)
    return word is not None and len(line) + 1 + len(word.group(1)) > width


def _rest_of_a_line(text: str, joined: int, line: str) -> bool:
    """Whether ``line`` is the rest of a line the sender's client wrapped, cut again by a
    narrower wrap (quoted, pasted, a phone): with the line before it (a wrap joined the two)
    it makes a line of a client's width, so a break after it is that client's wrap too
    ("... the budget we\nhave\nAUD 12,500 ...", "our aim is\n3,000 bookings")."""
    before = text[text.rfind("\n", 0, joined) + 1 : joined].rstrip()
    return len(line) < len(before) and WRAP_LINE <= len(before) + 1 + len(line) <= _WIDEST_WRAP


_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_LEAD_IN_END = re.compile(r":[ \t]*\n[ \t]*\w")
_NOT_ENGLISH = re.compile(r"[äöüßéèàçñ]", re.IGNORECASE)


@lru_cache(maxsize=4)
def typed_list_breaks(text: str) -> frozenset[int]:
    """The line breaks between the items of a list typed without marks, one capitalised line
    each ("A few changes:\nPlease make the logo bigger on the cover page of the brochure\nSwap
    the hero image ..."): two lines or more under a lead-in's colon, of three words or more,
    none ending on a comma or a word no sentence ends on. Wrapped English prose rarely
    opens every line with a capital; German, which capitalises its nouns, is left to the wrap
    tests. Kept for the last few texts: the sentence splitter and the units ask of one text."""
    if not _LEAD_IN_END.search(text):
        return frozenset()  # most mail: no line ends on a colon
    found: set[int] = set()
    for paragraph in _PARAGRAPH.finditer(text):
        lines = paragraph.group().split("\n")
        offset = paragraph.start()
        if not lines[0].rstrip().endswith(":"):
            continue  # without a lead-in, lines that open with capitals may be wrapped prose
        items = lines[1:]
        if len(items) < 2 or _NOT_ENGLISH.search(paragraph.group()):
            continue
        listed = _unwrapped_lines(items)  # (once a paragraph: the test reads all its lines)
        if not all((line[:1].isupper() or listed)
                   and not line.rstrip().endswith((",", ";", "-"))
                   and not _ends_mid_phrase(line.rstrip()) and len(line.split()) >= 3
                   for line in items):  # ('... at Its\nBest")': a wrap's last word)
            continue
        for line in lines[:-1]:
            offset += len(line)
            found.add(offset)
            offset += 1
    return frozenset(found)


def _unwrapped_lines(items: list[str]) -> bool:
    """Whether lines typed without capitals are a list, not wrapped prose: three or more, and
    at least half of the breaks between them come where the next line's first word would
    still have fitted on the line before ("cannoli photo is too dark, use the one from the
    spring catalog\nthe price of the panettone is $28 not $26\nwe need it in the stores by
    Nov 15"); a mail client that wraps fills each line first."""
    if len(items) < 3:
        return False
    widest = max(len(line.rstrip()) for line in items)
    fits = sum(len(line.rstrip()) + 1 + len((nxt.split() or [""])[0]) <= widest
               for line, nxt in pairwise(items))
    return fits >= 1 and 2 * fits >= len(items) - 1


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def unwrap(text: str) -> str:
    """``text`` with hard wraps replaced by spaces (same length, same offsets)."""
    if "\n" not in text:
        return text
    pieces: list[str] = []
    last = 0
    width = wrap_width(text)
    listed = typed_list_breaks(text)
    joined = -1  # the last line break read as a wrap
    tabled = "\t" in text or " | " in text
    for found in _BREAK.finditer(text):
        newline = text.index("\n", found.start())
        if newline in listed:
            continue
        line_start = text.rfind("\n", 0, newline) + 1
        line = text[line_start:newline].rstrip()
        if (line[-1] in ENDS_THOUGHT and not _clause_goes_on(line, text, line_start, newline)) \
                or (BULLET.match(text, newline + 1) and not _day_wrapped(line, text, newline)):
            continue
        if own_lines(text, line_start, newline + 1):
            continue  # "p.3 - replace the photo\np.5 - ...", "0:40 - wrong name\n1:05 - ..."
        if tabled and (table_row(line) or table_row(_line_at(text, newline + 1))):
            continue  # a table's rows, pasted from a sheet or typed: "Item\tQty\tNeeded by"
        if len(line) < WRAP_LINE and not _ends_mid_phrase(line) \
                and not _month_follows_its_day(line, text, newline) \
                and not _sentence_ends_below(line, text, newline) \
                and not _ragged(text, line_start, newline) \
                and not (width and _next_word_overflows(line, text, newline, width)) \
                and not (0 <= joined == line_start - 1 and _rest_of_a_line(text, joined, line)):
            continue
        pieces.append(text[last:newline])
        pieces.append(" ")
        last = newline + 1
        joined = newline
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
