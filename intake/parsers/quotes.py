"""Quote and signature splitting: one message's readable text in, the author's own words out.

Input: a body as plain text (LF line ends). Output: :class:`ReplySplit` with
``new_text`` (what the author wrote), ``quoted_text`` (the history under a
reply header and any ``>`` lines) and ``signature``.

Reply headers recognised: "On <date>, <name> wrote:" (also wrapped over two
lines; a bare "<name> wrote:" with the quote under it) and its French, German,
Spanish, Dutch, Italian and Portuguese forms;
"-----Original Message-----"; Outlook's "From: / Sent: / To: / Subject:"
block in English, French, German and Spanish, with the ``____`` or ``<hr>``
line above it. Signatures: the "-- " delimiter, mobile footers ("Sent from
my iPhone", "Get Outlook for iOS") and a sign-off ("Best,") followed by a
short name/contact block at the end.

Every pattern is line-anchored with bounded repetition, so the cost stays
linear in the input (a 100 KB body splits in a few milliseconds).
mail-parser-reply was considered and not used: it strips every line's
indentation, treats any line starting with "-word" (a bullet list) as a
signature, and has no notion of the trailing name/contact block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake.parsers.html import COLOUR_POINTED, colour_mark

__all__ = ["ReplySplit", "find_reply_header", "reply_header", "split_reply", "split_signature"]


@dataclass(frozen=True, slots=True)
class ReplySplit:
    """A body cut into the author's words, the quoted history and the signature."""

    new_text: str
    quoted_text: str = ""
    signature: str = ""


_ATTRIBUTION = re.compile(
    r"\n[ \t]*(?:On|Le|Am|El|Op|Il|Em|Den)[ \t][^\n]{0,300}(?:\n[^\n]{0,300})?"
    r"(?:wrote|a écrit|schrieb|escribió|escribio|schreef|ha scritto|escreveu|skrev)"
    r"[^\n:]{0,150}:[ \t]*$",
    re.M,
)
# Gmail in Polish, Czech, Finnish, Turkish, Hungarian opens with the date, not a word:
# "pon., 2 lis 2026 o 09:12 Sam Ortiz <sam@...> napisał(a):"
_ATTRIBUTION_BY_ADDRESS = re.compile(
    r"\n[^\n]{0,200}(?:<[^>\n]{1,100}@[^>\n]{1,100}>\)?|\([^)\n]{1,100}@[^)\n]{1,100}\))"
    # (Turkish puts the date between: "<sam@...>, 6 Ağu 2029 Pzt, 09:00 tarihinde şunu yazdı:")
    r"[^\n]{0,60}"
    r"(?:napisał\(a\)|napisała?|napsal\(a\)|napsala?|kirjoitti|şunu yazdı|yazdı|írta|έγραψε)"
    # Hungarian's time after the verb: "ezt írta (időpont: 2029. aug. 6., H, 9:00):"
    r"(?:[ \t]*\([^)\n]{0,60}\))?[ \t]*:[ \t]*$"
    # Norwegian with the verb before the author: "man. 6. aug. 2029 kl. 09:00 skrev Sam Ortiz
    # <sam@...>:" (Danish and Swedish open with "Den": ``_ATTRIBUTION``)
    r"|\n[^\n]{0,120}\bskrev\b[^\n]{0,120}<[^>\n]{1,100}@[^>\n]{1,100}>"
    r"[ \t]*:[ \t]*$",
    re.M,
)
# A bare "Sam Ortiz wrote:" (or "sam@agency.example wrote:") on its own line, with text under
# it: some mail programs write no date. Not "Our CEO wrote:" (a possessive opens it).
_BARE_ATTRIBUTION = re.compile(
    r"\n[ \t]*(?!(?:Our|My|The|Your|His|Her|Their)\b)"
    r"(?:\"?[A-ZÀ-Þ][\w'’.-]*(?:[ \t][A-ZÀ-Þ][\w'’.-]*){0,2}\"?"
    r"(?:[ \t]*[<(][^>)\n]{3,80}[>)])?|<?[\w.+-]+@[\w.-]+>?)[ \t]+wrote:[ \t]*\n"
    r"(?=(?:[ \t]*\n){0,2}[ \t]*\S)",
)
_ORIGINAL = re.compile(
    r"\n[ \t]*-{3,}[ \t]*(?:Original Message|Message d'origine|Ursprüngliche Nachricht"
    r"|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Mensagem original"
    r"|Ursprungligt meddelande|Oprindelig meddelelse|Opprinnelig melding"
    r"|Wiadomość oryginalna|Alkuperäinen viesti|Původní zpráva|Orijinal İleti)"
    r"[ \t]*-{3,}[ \t]*$",
    re.M | re.I,
)
# Outlook's reply block in the languages clients' Outlook speaks: English, French, German,
# Spanish, Portuguese, Italian, Dutch, Swedish, Danish and Norwegian, Finnish, Polish,
# Czech, Turkish ("Od: ... / Wysłano: ...", "Fra: ... / Sendt: ...", "Kimden: / Gönderildi:").
_FROM_NAMES = r"From|De|Von|Da|Van|Från|Od|Fra|Lähettäjä|Kimden|Feladó"
_SENT_NAMES = (r"Sent|Date d'envoi|Date|Envoyé le|Envoyé|Gesendet|Enviado el|Enviado em|"
               r"Enviada em|Enviado|Datum|Inviato|Fecha|Verzonden|Skickat|Data|Sendt|"
               r"Lähetetty|Wysłano|Odesláno|Gönderildi|Gönderilme|Elküldve")
_OUTLOOK_BLOCK = re.compile(
    rf"\n[ \t]*\*{{0,2}}(?:{_FROM_NAMES})[ \t\xa0]?\*{{0,2}}:[^\n]*\n(?:[ \t]*\n)?"
    rf"[ \t]*\*{{0,2}}(?:{_SENT_NAMES})[ \t\xa0]?\*{{0,2}}:",
    re.M,
)
# Each header pattern with the words one of which it cannot match without (case as the
# pattern's): most bodies hold none, and a substring test costs far less than the search.
_HEADERS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("attribution", _ATTRIBUTION, ("wrote", "a écrit", "schrieb", "escribi", "schreef",
                                   "ha scritto", "escreveu", "skrev")),
    ("attribution", _ATTRIBUTION_BY_ADDRESS, ("napisa", "napsal", "kirjoitti", "yazdı", "írta",
                                              "έγραψε", "skrev")),
    ("attribution", _BARE_ATTRIBUTION, ("wrote:",)),
    ("original", _ORIGINAL, ("---",)),
    ("outlook", _OUTLOOK_BLOCK, (":",)),
)
_RULE_ABOVE = re.compile(r"(?:^|\n)[ \t]*(?:_{10,}|-{10,})[ \t]*\n(?:[ \t]*\n){0,2}\Z")
_QUOTED_LINE = re.compile(r"\n[ \t]*>")
_SIG_DASH = re.compile(r"\n-- ?$", re.M)
# The lookahead names every alternative's first letter: a cheap test that turns
# most lines away before the case-insensitive alternation is tried (half the cost).
_MOBILE = re.compile(
    r"\n[ \t]*(?=[SGEVI])"
    r"(?:Sent from my\b|Sent from (?:Outlook|Mail|Yahoo|Gmail|Samsung|ProtonMail)\b"
    r"|Get Outlook for\b|Sent via\b|Envoyé de mon\b|Envoyé depuis\b|Von meinem\b[^\n]{0,40}gesendet"
    r"|Gesendet von\b|Enviado desde\b|Enviado do meu\b|Inviato da\b)[^\n]{0,100}$",
    re.M | re.I,
)
# A legal footer a company's mail server or template adds: never the writer's words (its
# "must not be copied" is no requirement, "please delete it" no change). The lookahead
# names every alternative's first letter, as ``_MOBILE`` does.
_LEGAL_FOOTER = re.compile(
    r"\n[ \t]*\**(?=[CDLPTIEAV])"
    r"(?:(?:confidentiality|privacy|legal|e-?mail)[ \t]+(?:notice|disclaimer)[ \t]*[:\-*]"
    r"|disclaimer[ \t]*[:\-*]"
    r"|this (?:e-?mail|message|communication|transmission)(?:[ \t]+and any (?:files|attachments?)"
    r"[^\n]{0,40}?)?[ \t]+(?:is|are|may be|contains?)[ \t]+(?:strictly[ \t]+)?"
    r"(?:confidential|intended (?:only|solely)|privileged)"
    r"|the information contained in this (?:e-?mail|message|communication)"
    r"|if you (?:are not the intended recipient|have received this (?:e-?mail|message|"
    r"communication) in error)"
    r"|please consider the environment before printing"
    r"|this (?:e-?mail|message)(?: and any attachments?)? (?:has|have) been (?:scanned|checked|"
    r"swept)|confidentiality[ \t]*:|confidentialit[ée][ \t]*:"
    r"|ce (?:message|courriel|e-mail)[^\n]{0,60}?confidentiel"
    r"|diese (?:e-?mail|nachricht)[^\n]{0,60}?vertrauliche"
    r"|este (?:mensaje|correo)[^\n]{0,60}?confidencial"
    r"|aviso legal[ \t]*:|avis de confidentialit|vertraulichkeitshinweis)",
    re.M | re.I,
)
# The footer a project or support tool adds to the comment it mails ("Reply to this email to
# comment on the task", "Reply above this line", "View it in Tasklane"): the tool's words, not
# the commenter's (a mailing's "You are receiving this because ..." stays: it marks the
# mailing, see ``extract._MAILING_TEXT``).
_TOOL_FOOTER = re.compile(
    r"\n[ \t]*(?=[RYVT-])"
    r"(?:reply to this (?:e-?mail|message) (?:to|directly)|reply above this line"
    r"|-{2,}[ \t]*reply above this line"
    r"|(?-i:[Vv]iew (?:it|this|the task|the comment) (?:on|in) [A-Z]\w+))",
    re.M | re.I,
)
# A company's registration line ("Client Co. Inc. Registered in Delaware.", "Registered office:
# ...", "Company No. 0123456"): the start of a footer, whatever the line opens with.
_COMPANY_FOOTER = re.compile(
    r"\n[^\n]{0,80}?\b(?:registered in (?:england|scotland|wales|ireland|delaware|the)|"
    r"registered (?:office|address|number)\s*:|"
    r"company (?:no\.?|number|registration|reg\.?)\s*:?\s*\d|"
    r"vat (?:no\.?|number|reg\.?)\s*:?\s*[a-z]{0,2}\s?\d)", re.I)
_COMPANY_FOOTER_WORDS = ("registered", "company", "vat")  # one of them in every alternative
_FOOTER_TAIL = 600  # a registration line this near the end ("send it to our registered office"
#                     higher up is the writer's)
_SIGNOFF = re.compile(
    r"^[ \t]*(?:best|best regards|kind regards|warm regards|warmest regards|regards|many thanks"
    r"|thanks|thank you|thanks again|thanks so much|thx|cheers|sincerely|yours|yours truly"
    r"|yours sincerely|best wishes|all the best|talk soon|speak soon|cordialement"
    r"|bien cordialement|bien à vous|merci|merci beaucoup|viele grüße|beste grüße"
    r"|mit freundlichen grüßen|liebe grüße|gruß|grüße|saludos|un saludo|atentamente"
    r"|un abrazo|gracias|muchas gracias"
    # more of the same, as people write them
    r"|kindest regards|warmly|warm wishes|take care|respectfully|with thanks"
    r"|thanks in advance|thank you so much|thank you again|many thanks again|regards to all"
    r"|saludos cordiales|un cordial saludo|cordiales saludos|muchos saludos"
    r"|freundliche grüße|mit besten grüßen|herzliche grüße|schöne grüße|beste grüsse"
    r"|viele grüsse|freundliche grüsse|mit freundlichen grüssen|lg|vg|mfg"
    r"|belle journée|bonne journée|bonne soirée|à bientôt|salutations|meilleures salutations"
    r")(?:[ \t]*[,.!]+[ \t]*(?P<name>[^\n]{0,40}))?[ \t]*$",
    re.I,
)
_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’.-]*(?:[ \t][A-ZÀ-Þ][\w'’.-]*){0,2}$")
_SIGNATURE_LINES = 7
_SIGNATURE_LINE_WIDTH = 72


def find_reply_header(text: str, start: int = 0) -> int:
    """Offset where quoted reply history starts at or after ``start``, or -1.

    For an Outlook header block the offset includes the ``____`` rule above it.
    """
    return reply_header(text, start)[0]


def reply_header(text: str, start: int = 0) -> tuple[int, str]:
    """``(offset, kind)`` of the first reply header; kind is ``attribution``,
    ``original`` ("-----Original Message-----") or ``outlook`` (a From:/Sent: block);
    ``(-1, "")`` when there is none.
    """
    # Patterns anchor on a literal "\n" (much faster than ^ with re.M), so
    # search a copy with one newline in front: padded offset k is text offset k.
    padded = "\n" + text
    best, kind = -1, ""
    for name, pattern, needles in _HEADERS:
        if not any(needle in padded for needle in needles):
            continue
        match = pattern.search(padded, start)
        if match and (best < 0 or match.start() < best):
            best, kind = match.start(), name
    if kind == "outlook":
        best = _include_rule_above(text, best)
    return best, kind


def _include_rule_above(text: str, offset: int) -> int:
    """Move an Outlook header's offset up over the separator line drawn above it."""
    window_start = max(0, offset - 200)
    above = _RULE_ABOVE.search(text, window_start, offset)
    if above:
        return above.start() + (1 if text[above.start()] == "\n" else 0)
    return offset


def _split_quoted_lines(text: str) -> tuple[str, str]:
    """Separate ``>`` lines (and a blank line next to them) from the author's lines."""
    own: list[str] = []
    quoted: list[str] = []
    for line in text.split("\n"):
        if line.lstrip(" \t").startswith(">"):
            quoted.append(line)
        else:
            own.append(line)
    return "\n".join(own), "\n".join(quoted)


def split_signature(text: str) -> tuple[str, str]:
    """``(body, signature)``: the signature starts at "-- ", a mobile footer, a legal footer
    ("CONFIDENTIALITY NOTICE: ...") or a final sign-off."""
    cut = len(text)
    padded = "\n" + text
    for pattern in (_SIG_DASH, _MOBILE, _LEGAL_FOOTER, _TOOL_FOOTER, _COMPANY_FOOTER):
        start = 0
        if pattern is _COMPANY_FOOTER:
            # a registration line counts only near the end: no need to look for it higher
            # up, nor at all when the end holds none of its words
            start = max(0, len(padded) - _FOOTER_TAIL)
            tail = padded[start:].lower()
            if not any(word in tail for word in _COMPANY_FOOTER_WORDS):
                continue
        match = pattern.search(padded, start)
        if match and match.start() < cut and text[: match.start()].strip():
            cut = match.start()
    body = text[:cut]
    signoff = _find_signoff(body)
    if signoff is None:
        signoff = _find_contact_block(body)
    if signoff is not None:
        cut = signoff
    return text[:cut].rstrip(), text[cut:].strip()


# A line of contact details: a phone number, an address, a web site, "Title | Company".
_STRONG_CONTACT = re.compile(
    r"\(?\+?\d[\d ().\-]{7,}\d|[\w.+-]+@[\w-]+\.[\w.]+|\bwww\.|https?://|\s\|\s")


def _find_contact_block(text: str) -> int | None:
    """Offset of a name line that opens a closing block of contact details ("Kim Lee /
    Marketing Manager | Client Co. / Office hours: Mon-Fri 9am-5pm / (555) 201-3344") when
    no sign-off precedes it, or None. The block must hold a phone number, an address, a web
    site or a "Title | Company" line, so a closing list of items is never cut."""
    lines = text.rstrip().split("\n")
    strong = False
    seen = 0
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k].strip()
        if not line and strong and k < len(lines) - 1 and lines[k + 1].strip():
            continue  # a block of <p>s in HTML mail: a blank line between its lines
        seen += 1
        if not line or len(line) > _SIGNATURE_LINE_WIDTH or seen > _SIGNATURE_LINES:
            return None  # (the width first: the contact pattern is for short lines only)
        if line.startswith(("P.S", "PS", "P.s")) or line.endswith("?"):
            return None
        strong = strong or bool(_STRONG_CONTACT.search(line))
        if _NAME.match(line) and strong and k > 0 and k < len(lines) - 1:
            above = lines[k - 1].rstrip()
            if not above or above.endswith((".", "!", "?", ")")):
                offset = sum(len(x) + 1 for x in lines[:k])
                return offset if text[:offset].strip() else None
    return None


def _find_signoff(text: str) -> int | None:
    """Offset of a sign-off line followed only by a short name/contact block, or None."""
    text = text.rstrip()
    found: int | None = None
    seen = 0
    end = len(text)
    while end > 0 and seen <= _SIGNATURE_LINES:
        start = text.rfind("\n", 0, end) + 1
        stripped = text[start:end].strip()
        if stripped and _ADDED_BELOW.search(stripped):
            break  # "Thanks, / Mike / PS can you also ...?": the writer's, not a signature's
        if stripped:
            match = _SIGNOFF.match(stripped)
            if match and (not match.group("name") or _NAME.match(match.group("name").strip())):
                found = start
            elif len(stripped) > _SIGNATURE_LINE_WIDTH:
                break
            seen += 1
        end = start - 1
    if found is None:
        found = _signoff_over_a_name(text)
    if found is None or not text[:found].strip():
        return None
    return found


# A line under a sign-off that is still the writer's: a P.S., a question (a signature's
# "Questions? Call us ..." goes on after its question mark).
_ADDED_BELOW = re.compile(r"^p\.?\s?s\b|\?$", re.IGNORECASE)


#: How far from the end a sign-off over a name is looked for when long lines follow it.
_FOOTER_LINES = 20
# After "Kind regards, / Tom": words of the writer's own that still follow (a P.S., a
# forgotten ask, a question), not a signature's notices.
_AFTERTHOUGHT = re.compile(r"^\W*(?:p\.?\s?s\b|oh\b|btw\b|also\b|and\b|one more|forgot|"
                           r"just remembered)|\?", re.IGNORECASE)


def _signoff_over_a_name(text: str) -> int | None:
    """Offset of a lone sign-off line ("Kind regards,") with a name on the next line,
    followed to the end by a signature with long lines: office hours, a closure notice, a
    shop's offer ("Order by December 20 for holiday pickup!"), a company's registration.
    The walk back in :func:`_find_signoff` stops at a long line; a sign-off over a name is
    sure enough to cut above one, unless what follows reads as the writer's afterthought."""
    lines = text.split("\n")
    for k in range(max(0, len(lines) - _FOOTER_LINES), len(lines) - 2):
        match = _SIGNOFF.match(lines[k].strip())
        if not match or match.group("name") or not _NAME.match(lines[k + 1].strip()):
            continue
        if any(_AFTERTHOUGHT.search(line) for line in lines[k + 2 :]):
            return None
        return sum(len(line) + 1 for line in lines[:k])
    return None


# "Do you want to keep the launch on Jan 12? [KL] No, please move it to Jan 19.": an answer
# typed into an Outlook quote (no ">" marks), behind the writer's initials in brackets.
_MARKED = re.compile(r"\[(?P<who>[A-Z]{2,3})\][ \t]*:?[ \t]*(?P<said>[^\n\[]{2,300})")


# "JT: No, please move it to February 9.": the same, the initials and a colon opening the
# line (not "RE:", "PS:", "FYI:": a quote's own labels)
_INITIALLED = re.compile(r"^[ \t]*(?P<who>[A-Z]{2,3})[ \t]*:[ \t]*(?P<said>\S[^\n]{1,300})$",
                         re.MULTILINE)
_NOT_INITIALS = frozenset(("RE", "FW", "FWD", "PS", "NB", "CC", "BCC", "TO", "FYI", "ETA", "CTA",
                           "FAQ", "URL", "PDF", "AM", "PM", "TBD", "TBC", "ASAP", "Q", "A", "AW",
                           "WG", "TR", "RV", "SV", "VS", "EOD", "COB", "USD", "EUR", "GBP"))
# The author pointing at answers typed in capitals: "see my comments below in caps"
_IN_CAPITALS = re.compile(r"\b(?:in\s+(?:all\s+)?(?:caps|capitals|capital letters|upper ?case)|"
                          r"all[ -]caps|capitalised|capitalized)\b", re.IGNORECASE)
# A run of capitals closing a quoted line: "1. Same photo as last year? NO, USE THE NEW ONE."
_CAPITAL_RUN = re.compile(r"(?:^|(?<=[?.!:)])[ \t]+)(?P<said>[A-Z][A-Z0-9 ,.'’%$&/!?()-]*"
                          r"[A-Z0-9.!?%)])[ \t]*$", re.MULTILINE)


# ">> Family package, the spa one is sold out.": answers typed into an Outlook quote (its own
# lines unmarked) after ">>"
_CHEVRON_ANSWER = re.compile(r"^[ \t]*>>[ \t]*(?P<said>\S[^\n]{1,300})$", re.MULTILINE)
# The author pointing at answers in brackets: "my answers are in [square brackets] below"
_IN_BRACKETS = re.compile(r"\b(?:in|inside|within|between)\s+\[?\s*(?:square\s+)?brackets\b",
                          re.IGNORECASE)
_BRACKETED = re.compile(r"\[(?P<said>[^\[\]\n]{2,300})\]")
_NOT_SAID = re.compile(r"(?:mailto|cid|https?|image|external)\b|[\w.+-]+@", re.IGNORECASE)


def _chevron_answers(tail: str) -> str:
    """Answers after ">>" in a quote whose own lines carry no ">" (an Outlook block): in a
    quote marked with ">" a ">>" line is only the older mail it quotes."""
    quote = _first_quoted_message(tail)
    found = list(_CHEVRON_ANSWER.finditer(quote))
    if not found or any(line.lstrip().startswith(">") and not line.lstrip().startswith(">>")
                        for line in quote.split("\n")):
        return ""
    return "\n".join(m["said"].strip() for m in found)


def _bracketed_answers(head: str, tail: str) -> str:
    """Answers typed in [square brackets] into the quote, when the author says so above it."""
    if not _IN_BRACKETS.search(head):
        return ""
    said = [m["said"].strip() for m in _BRACKETED.finditer(_first_quoted_message(tail))
            if not _NOT_SAID.match(m["said"].strip())]
    return "\n".join(said)


def _marked_answers(tail: str) -> str:
    """The author's answers inside an unmarked quote, each behind their initials (in
    brackets, or opening the line with a colon); only when one set of initials marks them
    all, before any older message's header."""
    quote = _first_quoted_message(tail)
    found = list(_MARKED.finditer(quote))
    if not found:
        found = [m for m in _INITIALLED.finditer(quote) if m["who"] not in _NOT_INITIALS]
    if not found or len({m["who"] for m in found}) != 1:
        return ""
    return "\n".join(m["said"].strip() for m in found)


def _capital_answers(head: str, tail: str) -> str:
    """Answers typed in capitals into an unmarked quote, when the author says so above it
    ("see my comments below in caps"): each run of capital words closing a quoted line."""
    if not _IN_CAPITALS.search(head):
        return ""
    quote = _first_quoted_message(tail)
    said = []
    for m in _CAPITAL_RUN.finditer(quote):
        line_start = quote.rfind("\n", 0, m.start()) + 1
        own_line = not quote[line_start : m.start("said")].strip()
        above = quote[:line_start].rstrip().rsplit("\n", 1)[-1].strip()
        answered = own_line and above.endswith("?")  # "2. Is the address right?\nYES"
        if (len(re.findall(r"[A-Z]{2,}", m["said"])) < 2 and not answered) \
                or _REPLY_FIELD.match(quote, line_start) \
                or (own_line and not answered and not m["said"].endswith((".", "!", "?"))):
            continue  # (a line of capitals without a stop is a name, a heading: "SAM ORTIZ";
            # under a question it is the answer: "NO, SWAP IT FOR THE FENCING SALE")
        said.append(m["said"])
    return "\n".join(said)


def _coloured_answers(head: str, tail: str) -> str:
    """Answers typed in colour into the quote, as ``html_to_text`` marks them ("[red] Please
    use the clinic exterior instead."), when the author names that colour above it."""
    pointed = COLOUR_POINTED.search(head)
    if pointed is None:
        return ""
    mark = colour_mark(pointed["colour"].lower()).strip()
    said = []
    for line in _first_quoted_message(tail).split("\n"):
        at = line.find(mark)
        if at >= 0:
            said.append(" ".join(line[at:].replace(mark, " ").split()))
    return "\n".join(part for part in said if part)


def _first_quoted_message(tail: str) -> str:
    """The quote ``tail`` opens with, its own header block included, up to the header of any
    older message below it (an Outlook block's "____" rule and "From:" line are one header)."""
    start = tail.find("\n\n")
    header = find_reply_header(tail, start if start > 0 else 1)
    return tail if header < 0 else tail[:header]


# A field of the quoted message's header block ("Subject: SPRING BROCHURE"), no answer
_REPLY_FIELD = re.compile(r"[ \t]*(?:from|sent|to|cc|subject|date)[ \t]*:", re.IGNORECASE)


def _inline_answers(tail: str, *, below: bool = False) -> str:
    """The author's words written between the lines of the message they quote ("> When do
    you need the files?" / "By January 29."): an inline reply. Only when an unquoted line
    stands between two quoted ones, or (``below``: nothing was written above the quote)
    after them: a reply written under the quote. A line that carries on a long quoted
    line in lower case is the quote's own hard wrap, and a nested reply header ends the
    search."""
    lines = tail.split("\n")
    first = next((k for k, line in enumerate(lines) if _is_quoted(line)), None)
    if first is None:
        return ""
    answers: list[str] = []
    sandwiched = False
    previous_quoted = ""
    for line in lines[first:]:
        if _is_quoted(line):
            if any(answers):
                sandwiched = True
            previous_quoted = line
            continue
        stripped = line.strip()
        if not stripped:
            if answers and answers[-1] != "":
                answers.append("")
            continue
        if find_reply_header(line + "\n") == 0:
            break  # an older message's header: the history goes on unquoted
        if previous_quoted and len(previous_quoted) >= 60 and stripped[:1].islower():
            continue  # the quote's own hard wrap
        answers.append(stripped)
        previous_quoted = ""
    return "\n".join(answers).strip() if sandwiched or below else ""


# The quoted message's author in its header block: "From: Sam Ortiz <sam@...>"
_QUOTED_FROM = re.compile(rf"^[ \t]*\*?(?:{_FROM_NAMES})\*?[ \t]*:[ \t]*\"?(?P<name>[^<\n\"]+?)\"?"
                          r"[ \t]*(?:<[^>\n]*>|\[mailto:[^\]\n]*\])?[ \t]*$", re.MULTILINE)


def _under_the_quote(tail: str) -> str:
    """A reply written under an unmarked quote (Outlook's "-----Original Message-----" with
    nothing above it): the words after the quoted author's own sign-off ("Sam"), past the
    rest of their signature, up to any older message's header."""
    found = _QUOTED_FROM.search(tail, 0, 400)
    if found is None:
        return ""
    name = found["name"].strip()
    first = name.split()[0] if name.split() else ""
    if len(first) < 2:
        return ""
    block_end = tail.find("\n\n", found.end())
    if block_end < 0:
        return ""
    body = _first_quoted_message(tail)[block_end:]
    lines = body.split("\n")
    signed = next((k for k, line in enumerate(lines)
                   if line.strip().rstrip(",") in (first, name)), None)
    if signed is None:
        return ""
    k = signed + 1
    while k < len(lines) and lines[k].strip():
        k += 1  # the rest of the quoted author's signature
    words = "\n".join(lines[k:]).strip()
    if len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", words)) < 4 or _CONTACT.search(words[:40]):
        return ""
    return words


def _only_a_signature(text: str) -> bool:
    """Whether ``text`` holds nothing but a signature: it opens with "-- ", a mobile or a
    legal footer, or is a name and a few short contact lines ("Kim Lee / Marketing
    Director | Acme")."""
    padded = "\n" + text
    if any((m := p.search(padded)) is not None and m.start() == 0
           for p in (_SIG_DASH, _MOBILE, _LEGAL_FOOTER)):
        return True
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    # a full name, then contact lines: never a one-line answer ("Yes", "Approved")
    return (2 <= len(lines) <= 5 and bool(_NAME.match(lines[0])) and " " in lines[0]
            and all(len(line) <= 60 and not line.endswith((".", "?", "!")) for line in lines)
            and any(_CONTACT.search(line) for line in lines[1:]))


_CONTACT = re.compile(r"\d{3}|@|\||www\.|https?://")


def _is_quoted(line: str) -> bool:
    return line.lstrip(" \t").startswith(">")


# A mail system's warning put above the writer's words: "CAUTION: This email originated
# from outside of the organization. Do not click links ...", "You don't often get email from
# this sender", "ACHTUNG: Diese E-Mail stammt von einem externen Absender ...". Never the
# writer's: its "do not click links" is no rule, its German no sign of a German writer.
_BANNER_OPENS = re.compile(
    r"\W{0,3}(?:(?:caution|warning|attention|achtung|vorsicht|hinweis|précaution|precaución|"
    r"atención|aviso|attenzione|external(?: e-?mail| sender| message)?|externe e-?mail|extern)"
    r"\s*[:\]!\-–]|this (?:e-?mail|message) (?:originated|came|comes|is from)|"
    r"diese (?:e-?mail|nachricht) (?:stammt|kommt)|ce (?:message|courriel) provient|"
    r"este (?:mensaje|correo) (?:proviene|se originó))", re.IGNORECASE)
_BANNER_OUTSIDE = re.compile(r"\b(?:external|outside|extern\w*|extérieur\w*|fuera|externo)\b",
                             re.IGNORECASE)
_BANNER_CARE = re.compile(r"\b(?:links?|attachments?|sender|absender|anh[äa]nge?n?|expéditeur|"
                          r"pièces jointes|remitente|adjuntos|enlaces)\b", re.IGNORECASE)
_NOT_OFTEN = re.compile(r"\W{0,3}you don't often get e-?mail from\b", re.IGNORECASE)
_BANNER_LONGEST = 500


def _security_banner_end(text: str) -> int:
    """Where a mail system's warning ends when it is the body's first paragraph, or 0."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end
    paragraph = text[start:end]
    if len(paragraph) > _BANNER_LONGEST:
        return 0
    if _NOT_OFTEN.match(paragraph) or (
            _BANNER_OPENS.match(paragraph) and _BANNER_OUTSIDE.search(paragraph)
            and _BANNER_CARE.search(paragraph)):
        return end
    return 0


# A help desk's line over its notifications (Zendesk "##- Please type your reply above this
# line -##", Freshdesk, Help Scout, Jira Service Management "Reply above this line.").
_REPLY_ABOVE = re.compile(r"^[ \t#>*_—–-]*(?:please )?(?:type your )?(?:reply|respond|write)"
                          r" above this line\b[^\n]*$", re.IGNORECASE | re.MULTILINE)
# The rule a help desk sets between the comments of a ticket.
_COMMENT_RULE = re.compile(r"^[ \t]*(?:-{10,}|_{10,}|—{5,})[ \t]*$", re.MULTILINE)


def _help_desk_quote(text: str) -> tuple[int, int] | None:
    """(blank up to, quote from) for a help desk's reply line: over a notification the
    newest comment runs from the line to the desk's first rule between comments (the rest
    is the ticket's history); typed above the line, the words above it are the writer's."""
    if "above this line" not in text.lower():
        return None
    line = _REPLY_ABOVE.search(text)
    if line is None:
        return None
    if text[: line.start()].strip():
        return 0, line.start()
    rule = _COMMENT_RULE.search(text, line.end())
    return line.end(), (rule.start() if rule else -1)


def split_reply(text: str, *, header_at: int | None = None) -> ReplySplit:
    """Split a body into the author's new words, the quoted history and the signature.

    ``header_at`` is :func:`find_reply_header`'s answer when the caller already has it.
    """
    if not text:
        return ReplySplit("")
    banner = _security_banner_end(text)
    if banner:  # blanked, not cut: ``header_at`` and offsets stay those of ``text``
        text = " " * banner + text[banner:]
    header = find_reply_header(text) if header_at is None else header_at
    if (desk := _help_desk_quote(text)) is not None:
        blank, quote_at = desk
        text = " " * blank + text[blank:]
        if quote_at >= 0 and not 0 <= header < quote_at:
            header = quote_at
    head, tail = (text, "") if header < 0 else (text[:header], text[header:])
    quoted_parts: list[str] = []
    signed_above = ""
    if first_quote := _QUOTED_LINE.search("\n" + head):
        before, rest = head[: first_quote.start()], head[first_quote.start() :]
        if before.strip() and _split_quoted_lines(rest)[0].strip():
            # answers typed between the quoted lines: the signature Outlook put above the
            # quote is cut first, or its sign-off would take the answers below with it
            above, signed_above = split_signature(before)
            if signed_above:
                head = above.rstrip("\n") + "\n\n" + rest
        head, quoted_lines = _split_quoted_lines(head)
        if quoted_lines.strip():
            quoted_parts.append(quoted_lines)
    if tail.strip():
        quoted_parts.append(tail.strip("\n"))
        below = not head.strip()
        answers = _chevron_answers(tail) or _inline_answers(tail, below=below) or (
            _under_the_quote(tail) if below else "")
        if answers and below and _only_a_signature(answers):
            quoted_parts.append(answers)  # "Sent from my iPhone" under the quote: no words
            answers = ""
        answers = answers or _marked_answers(tail) or _capital_answers(head, tail) \
            or _coloured_answers(head, tail) or _bracketed_answers(head, tail)
        if answers:
            # the signature Outlook puts above the quote is cut before the answers typed into
            # it are added: everything after a sign-off is no longer the last lines
            above, signed = split_signature(head) if head.strip() else (head, "")
            signed_above = "\n\n".join(part for part in (signed_above, signed) if part)
            head = above.rstrip("\n") + "\n\n" + answers
    body, signature = split_signature(head)
    signature = "\n\n".join(part for part in (signed_above, signature) if part)
    return ReplySplit(body.strip(), "\n".join(quoted_parts).strip(), signature)
