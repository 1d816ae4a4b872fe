"""How much the labelled mail's readings change when the same mail is sent in another form.

The labelled mail was mostly written in UTF-8 plain text wrapped at about 76 characters.
Real mail clients send the same words in other forms: plain text wrapped again at 72
(quoted, pasted), ``format=flowed`` (Apple Mail, Thunderbird: RFC 3676 soft breaks end in
a space), one line per paragraph (most webmail), HTML only (Outlook's Word HTML with a
``<p class=MsoNormal>`` per line or per paragraph, Gmail's ``<div>`` per line),
quoted-printable in windows-1252, base64; and with what clients and servers add below the
client's words (a phone's "Sent from", a legal disclaimer, the agency's own mail quoted).
Every variant goes out with CRLF line ends, as mail travels. Each variant rewrites every
text part of every labelled mail and prints how many mails read the same and how many
differ, and the F1 per field beside the mail as written. A mail that differs is a rule
that depends on the mail's form, not its words.

Run: .venv/bin/python benchmarks/mail_forms.py [-v] [VARIANT...]   (-v: each mail that
differs, with the facts that changed; blind splits are counted, never printed)
"""

from __future__ import annotations

import base64
import html
import re
import sys
import textwrap
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from intake.parsers.evaluation import (
    AGENCY_DOMAINS,
    FIELDS,
    Case,
    Predicted,
    load_set,
    normalise_text,
    predicted_from_extraction,
    score,
    split_of,
)
from intake.parsers.extract import extract_message
from intake.parsers.mime import parse_message
from intake.parsers.quotes import split_signature
from intake.parsers.types import ParsedMail

SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "extraction"
WIDTH = 72


def _wrap_line(line: str, width: int, soft: str) -> list[str]:
    """One long line as a mail client breaks it; ``soft`` ends each broken piece."""
    quote = re.match(r"(?:> ?)+", line)
    prefix = quote.group(0) if quote else ""
    body = line[len(prefix):]
    if len(line) <= width or not body.strip():
        return [line]
    pieces = textwrap.wrap(body, width=width - len(prefix), break_long_words=False,
                           break_on_hyphens=False, drop_whitespace=True)
    if not pieces:
        return [line]
    return [prefix + p + soft for p in pieces[:-1]] + [prefix + pieces[-1]]


def hard_wrapped(text: str, width: int = WIDTH) -> str:
    return "\n".join(out for line in text.split("\n") for out in _wrap_line(line, width, ""))


def flowed(text: str) -> str:
    """RFC 3676 ``format=flowed``: soft breaks end in a space, stuffed lines start with one."""
    lines = []
    for line in text.split("\n"):
        line = line.rstrip(" ")  # a trailing space would make a hard break soft
        if line.startswith((" ", "From ")):
            line = " " + line
        lines.extend(_wrap_line(line, WIDTH, " "))
    return "\n".join(lines)


# a quoted mail's "Sent: ..." line: never joined with its neighbours
_HEADER_LINE = re.compile(r"(?:> ?)*(?:From|Sent|To|Cc|Subject|Date): ")
_BULLET = re.compile(r"\s*(?:[-*\u2022]|\d{1,2}[.)])\s")


def one_line_per_paragraph(text: str) -> str:
    """The sender's client did not wrap: each wrapped paragraph back on one line (a line
    of 55 characters or more that does not end in a colon runs on into the next prose
    line of the same quote depth)."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if out:
            last = out[-1]
            quote = re.match(r"(?:> ?)*", last).group(0)  # type: ignore[union-attr]
            prose = line[len(quote):] if line.startswith(quote) else ""
            same_depth = re.match(r"(?:> ?)*", line).group(0) == quote  # type: ignore[union-attr]
            if (len(last) >= 55 and not last.rstrip().endswith(":") and same_depth
                    and prose.strip() and not _BULLET.match(prose)
                    and not _HEADER_LINE.match(prose) and not _HEADER_LINE.match(last)):
                out[-1] = last.rstrip() + " " + prose.strip()
                continue
        out.append(line)
    return "\n".join(out)


_OUTLOOK_HEAD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:Calibri} --></style>"
    '</head><body lang="EN-US" link="#0563C1"><div class="WordSection1">'
)


def _entities(text: str) -> str:
    escaped = html.escape(text, quote=False)
    return (escaped.replace("'", "&#8217;").replace('"', "&quot;")
            .replace("  ", " &nbsp;"))


def _quoted_html(text: str, blockquote: str, line_html: Callable[[str], str]) -> list[str]:
    """The lines of ``text`` as HTML: each ">" level a ``blockquote`` opened and closed where
    the depth changes, each line by ``line_html`` (its body without the marks)."""
    out: list[str] = []
    depth = 0
    for line in text.split("\n"):
        quote = re.match(r"(?:> ?)+", line)
        level = quote.group(0).count(">") if quote else 0
        body = line[len(quote.group(0)):] if quote else line
        out += [blockquote] * max(0, level - depth) + ["</blockquote>"] * max(0, depth - level)
        depth = level
        out.append(line_html(body))
    out.append("</blockquote>" * depth)
    return out


def outlook_html(text: str) -> str:
    """Outlook's Word HTML: one ``<p class=MsoNormal>`` per line, quoted lines in a
    ``<blockquote>``, empty lines as ``&nbsp;`` paragraphs."""
    lines = _quoted_html(
        text, '<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;'
              'padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt">',
        lambda body: f'<p class="MsoNormal">{_entities(body)}<o:p></o:p></p>' if body.strip()
        else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join([_OUTLOOK_HEAD, *lines, "</div></body></html>"])


def gmail_html(text: str) -> str:
    """Gmail's HTML: a ``<div>`` per line, ``<div><br></div>`` for an empty one, quoted
    history in a ``gmail_quote`` blockquote."""
    lines = _quoted_html(
        text, '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
              'border-left:1px solid rgb(204,204,204);padding-left:1ex">',
        lambda body: f"<div>{html.escape(body, quote=False)}</div>" if body.strip()
        else "<div><br></div>")
    return "".join(['<div dir="ltr">', *lines, "</div>"])


_LIST_ITEM = re.compile(r"^\s*(?:(?P<bullet>[-*\u2022])|(?P<number>\d{1,2})[.)])\s+(?P<item>.*)$")


def html_lists(text: str) -> str:
    """HTML as Outlook and Gmail write a message with lists: paragraphs as ``<p>``, each run
    of "- item" or "1. item" lines as a ``<ul>`` or ``<ol>`` of ``<li>`` (no marks left in
    the text: the list is the markup)."""
    out, open_list = ["<html><body>"], ""
    for line in text.split("\n"):
        found = _LIST_ITEM.match(line)
        kind = ("ol" if found["number"] else "ul") if found else ""
        if open_list and kind != open_list:
            out.append(f"</{open_list}>")
            open_list = ""
        if found:
            if not open_list:
                out.append(f"<{kind}>")
                open_list = kind
            out.append(f"<li>{html.escape(found['item'], quote=False)}</li>")
        elif line.strip():
            out.append(f"<p>{html.escape(line, quote=False)}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    out.append("</body></html>")
    return "\n".join(out)


def bottom_posted(text: str) -> str:
    """The writer's words moved under the quoted mail, as Thunderbird users reply (only
    under a ">" quote: under an Outlook header block nobody can tell where the quote ends)."""
    found = _HISTORY.search(text)
    if found is None or found.start() == 0:
        return text
    own, history = text[: found.start()].rstrip("\n"), text[found.start():].rstrip("\n")
    quoted = [line for line in history.split("\n")[1:] if line.strip()]
    if not history.startswith(("On ", ">")) or not all(q.startswith(">") for q in quoted):
        return text
    return f"{history}\n\n{own}\n"


def outlook_reply_html(text: str) -> str:
    """An Outlook HTML reply as Outlook writes it: the writer's paragraphs, then a rule and the
    quoted mail's From/Sent/To/Subject in one paragraph of bold labels and line breaks."""
    found = _HISTORY.search(text)
    own, history = (text[: found.start()], text[found.start():]) if found else (text, "")
    lines = history.split("\n")
    head: list[str] = []
    while lines and (not lines[0].strip() or lines[0].startswith("_")
                     or re.match(r"[A-Z][\w -]{1,12}: ", lines[0])):
        line = lines.pop(0)
        if ": " in line:
            label, _, value = line.partition(": ")
            head.append(f"<b>{html.escape(label)}:</b> {html.escape(value)}")
    def paragraphs(part: str) -> str:  # a line break inside a paragraph is Outlook's <br>
        return "".join(f'<p class="MsoNormal">{"<br>".join(map(_entities, p.split(chr(10))))}'
                       "</p>" for p in part.split("\n\n") if p.strip())

    if not head:  # no Outlook block (a forward's rule, a "wrote:" line): the text as it is
        return _OUTLOOK_HEAD + paragraphs(text) + "</div></body></html>"
    block = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm">'
             f'<p class="MsoNormal">{"<br>".join(head)}</p></div>')
    return (_OUTLOOK_HEAD + paragraphs(own) + block + paragraphs("\n".join(lines))
            + "</div></body></html>")


def _rewrite_parts(raw: bytes, change: Callable[[EmailMessage], None]) -> bytes:
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    if change in _HTML_ONLY:  # the Word HTML replaces the alternative, not joins it
        for part in list(message.walk()):
            if part.get_content_type() == "multipart/alternative":
                kept = [p for p in part.iter_parts() if p.get_content_type() != "text/html"]
                if any(p.get_content_type() == "text/plain" for p in kept):
                    part.set_payload(kept)  # type: ignore[arg-type]
    for part in list(message.walk()):
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        if part.get_content_type() == "text/plain":
            change(part)  # type: ignore[arg-type]
    return message.as_bytes(policy=policy.SMTP.clone(max_line_length=998))


def _plain(part: EmailMessage, text: str, **params: str) -> None:
    charset = params.pop("charset", "utf-8")
    cte = params.pop("cte", "8bit" if charset == "utf-8" else "quoted-printable")
    part.set_content(text, subtype="plain", charset=charset, cte=cte)
    for key, value in params.items():
        part.set_param(key, value)


def _text(part: EmailMessage) -> str:
    return str(part.get_content())


def _cp1252(part: EmailMessage) -> None:
    text = _text(part)
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return
    _plain(part, text, charset="windows-1252", cte="quoted-printable")


def _mislabelled(encoding: str, label: str | None) -> Callable[[EmailMessage], None]:
    """The text (with curly apostrophes, as Outlook types them) encoded in ``encoding`` but
    labelled ``label`` (None: no charset at all), as misconfigured mailers send it."""
    def change(part: EmailMessage) -> None:
        text = _text(part).replace("'", "\u2019")
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            return
        for key in ("Content-Type", "Content-Transfer-Encoding"):
            del part[key]
        part["Content-Type"] = f"text/plain; charset={label}" if label else "text/plain"
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    return change


def _as_html(writer: Callable[[str], str], *,
             paragraphs: bool = True) -> Callable[[EmailMessage], None]:
    """The text part rewritten as HTML only by ``writer`` (from one line per paragraph, as
    HTML editors hold it, unless ``paragraphs`` is false)."""
    def change(part: EmailMessage) -> None:
        text = one_line_per_paragraph(_text(part)) if paragraphs else _text(part)
        part.set_content(writer(text), subtype="html", charset="utf-8", cte="quoted-printable")
    return change


_html_only = _as_html(outlook_html, paragraphs=False)
_outlook_paragraphs = _as_html(outlook_html)
_gmail_html = _as_html(gmail_html)
_html_lists = _as_html(html_lists)
_outlook_reply = _as_html(outlook_reply_html)
_HTML_ONLY = (_html_only, _outlook_paragraphs, _gmail_html, _html_lists, _outlook_reply)


_DISCLAIMER = (
    "\n\n--\nThis e-mail and any attachments are confidential and may be privileged. If you"
    " are not the intended recipient, please notify the sender immediately and delete it;"
    " you must not copy, forward or rely on it. We accept no liability for viruses. Orders"
    " are subject to our terms of business, available on request.\n"
)
_AGENCY_QUOTE = (
    "\n\n________________________________\nFrom: Account Team <team@brightlane.agency>\n"
    "Sent: Monday, November 2, 2026 9:12 AM\nTo: Client\nSubject: Status\n\n"
    "Hi,\n\nQuick status: the next round of layouts comes to you on November 12, and the"
    " printer needs final files by November 19. Spend to date is $3,400 of the agreed"
    " budget. Let us know if anything changes.\n\nBest,\nThe team\n"
)


_BANNER_SIGNATURE = (
    "\n\n--\nKim Lee | Marketing Director\nVerde Kitchen | 1500 Abbot Kinney Blvd, Venice, CA\n"
    "M: +1 310 555 0199\nVisit us at Natural Products Expo, March 3-6, 2027, booth 4412!\n"
    "New: gift boxes from $49.99 - order by December 15 for Christmas delivery.\n"
)


_CONTRACTION = re.compile(r"(?i)(?<=[a-z])'(t|s|re|ve|d|ll|m)\b")
_HISTORY = re.compile(r"^(?:On .*(?:wrote|schrieb|a écrit|escribió):?$|From: |De: |Von: |>|"
                      r"-----Original|-{5,} ?Forwarded|Begin forwarded|_{10,})", re.MULTILINE)


def _own_words(text: str, change: Callable[[str], str]) -> str:
    """``change`` applied to the writer's own words only: the quoted or forwarded mail
    below them keeps its headers and its writer's typing."""
    found = _HISTORY.search(text)
    cut = found.start() if found else len(text)
    return change(text[:cut]) + text[cut:]


_QUOTE_BODY = ("Hi,\n\nQuick status: the next round of layouts comes to you on November 12, "
               "and the printer needs final files by November 19. Spend to date is $3,400 of "
               "the agreed budget. Please make the logo bigger on the cover.\n\nBest,\nThe team\n")
# The agency's own mail quoted under a reply, in the reply headers of other languages' mail
# clients: nothing of it is the client's.
QUOTE_HEADERS = {
    "French Gmail": "Le lun. 2 nov. 2026 à 09:12, Account Team <team@brightlane.agency> a "
                    "écrit :\n",
    "German Gmail": "Am Mo., 2. Nov. 2026 um 09:12 Uhr schrieb Account Team "
                    "<team@brightlane.agency>:\n",
    "Spanish Gmail": "El lun, 2 nov 2026 a las 9:12, Account Team (<team@brightlane.agency>) "
                     "escribió:\n",
    "Dutch Gmail": "Op ma 2 nov. 2026 om 09:12 schreef Account Team <team@brightlane.agency>:\n",
    "Italian Gmail": "Il giorno lun 2 nov 2026 alle ore 09:12 Account Team "
                     "<team@brightlane.agency> ha scritto:\n",
    "German Outlook": "________________________________\nVon: Account Team "
                      "<team@brightlane.agency>\nGesendet: Montag, 2. November 2026 09:12\n"
                      "An: Client\nBetreff: Status\n\n",
    "French Outlook": "________________________________\nDe : Account Team "
                      "<team@brightlane.agency>\nEnvoyé : lundi 2 novembre 2026 09:12\n"
                      "À : Client\nObjet : Status\n\n",
    "Spanish Outlook": "________________________________\nDe: Account Team "
                       "<team@brightlane.agency>\nEnviado: lunes, 2 de noviembre de 2026 9:12\n"
                       "Para: Client\nAsunto: Status\n\n",
    "Swedish Outlook": "________________________________\nFrån: Account Team "
                       "<team@brightlane.agency>\nSkickat: den 2 november 2026 09:12\n"
                       "Till: Client\nÄmne: Status\n\n",
    "Polish Outlook": "________________________________\nOd: Account Team "
                      "<team@brightlane.agency>\nWysłano: poniedziałek, 2 listopada 2026 09:12\n"
                      "Do: Client\nTemat: Status\n\n",
    "Dutch Outlook": "________________________________\nVan: Account Team "
                     "<team@brightlane.agency>\nVerzonden: maandag 2 november 2026 09:12\n"
                     "Aan: Client\nOnderwerp: Status\n\n",
    "Italian Outlook": "________________________________\nDa: Account Team "
                       "<team@brightlane.agency>\nInviato: lunedì 2 novembre 2026 09:12\n"
                       "A: Client\nOggetto: Status\n\n",
    "Portuguese Outlook": "________________________________\nDe: Account Team "
                          "<team@brightlane.agency>\nEnviado: segunda-feira, 2 de novembro de "
                          "2026 09:12\nPara: Client\nAssunto: Status\n\n",
    "Danish Outlook": "________________________________\nFra: Account Team "
                      "<team@brightlane.agency>\nSendt: 2. november 2026 09:12\n"
                      "Til: Client\nEmne: Status\n\n",
    "Finnish Outlook": "________________________________\nLähettäjä: Account Team "
                       "<team@brightlane.agency>\nLähetetty: maanantai 2. marraskuuta 2026 9.12\n"
                       "Vastaanottaja: Client\nAihe: Status\n\n",
    "Czech Outlook": "________________________________\nOd: Account Team "
                     "<team@brightlane.agency>\nOdesláno: pondělí 2. listopadu 2026 9:12\n"
                     "Komu: Client\nPředmět: Status\n\n",
    "Turkish Outlook": "________________________________\nKimden: Account Team "
                       "<team@brightlane.agency>\nGönderildi: 2 Kasım 2026 Pazartesi 09:12\n"
                       "Kime: Client\nKonu: Status\n\n",
    "Polish Gmail": "pon., 2 lis 2026 o 09:12 Account Team <team@brightlane.agency> "
                    "napisał(a):\n",
    "Czech Gmail": "po 2. 11. 2026 v 9:12 odesílatel Account Team <team@brightlane.agency> "
                   "napsal:\n",
    "Swedish Gmail": "Den mån 2 nov. 2026 kl 09:12 skrev Account Team "
                     "<team@brightlane.agency>:\n",
    "Portuguese Gmail": "Em seg., 2 de nov. de 2026 às 09:12, Account Team "
                        "<team@brightlane.agency> escreveu:\n",
    "Polish Original Message": "-----Wiadomość oryginalna-----\nOd: Account Team "
                               "<team@brightlane.agency>\nWysłano: poniedziałek, 2 listopada "
                               "2026 09:12\nDo: Client\nTemat: Status\n\n",
    "Swedish Original Message": "-----Ursprungligt meddelande-----\nFrån: Account Team "
                                "<team@brightlane.agency>\nSkickat: den 2 november 2026 09:12\n"
                                "Till: Client\nÄmne: Status\n\n",
    "Outlook Original Message": "-----Original Message-----\nFrom: Account Team "
                                "<team@brightlane.agency>\nSent: Monday, November 2, 2026 "
                                "9:12 AM\nTo: Client\nSubject: Status\n\n",
}


def _quoted_under(header: str) -> Callable[[EmailMessage], None]:
    gmail = header.rstrip().endswith(":") and "\n" not in header.rstrip()
    body = "".join(f"> {line}\n" if line else ">\n" for line in _QUOTE_BODY.split("\n")) \
        if gmail else _QUOTE_BODY
    return _added("\n\n" + header + body)


# What clients write around their asks that asks nothing: each is put after the greeting
# of every labelled mail; any fact that appears is a false one.
DISTRACTORS = {
    "holiday greeting": "Hope you had a great Thanksgiving!",
    "out of office": "Heads up: I'm out of the office from December 23 to January 2.",
    "office closed": "Our office is closed on December 25 and January 1.",
    "last year's cost": "Last year's campaign cost us about $30,000 in total.",
    "past results": "The fair last week went well, we had over 2,000 visitors at the booth.",
    "meeting": "My colleague Anna will join our call on Thursday at 2pm.",
    "business rule": "Our stores have to close at 9pm during the holidays.",
    "compliment": "Thanks again for the quick turnaround on the last job, the team loved it.",
    "invoice date": "By the way, your November invoice is due on the 15th, we'll pay it then.",
    "price of a product": "Our new gift boxes sell for $49.99 in stores.",
}
# a greeting line of its own ("Hi Sam,", "Dear Mr. Luca,", "Sam -"), not a first sentence
_GREETING = re.compile(r"\A\s*(?:(?:hi|hello|hey|dear|good morning|morning|hallo|bonjour|"
                       r"hola|ciao|grüezi)\b[^\n.?]{0,30}|[A-Z][a-z]+\s?[,-])[ \t]*\n(?=\s*\n)",
                       re.IGNORECASE)


def _distracted(sentence: str) -> Callable[[EmailMessage], None]:
    def change(part: EmailMessage) -> None:
        text = _text(part)
        greeting = _GREETING.match(text)
        at = greeting.end() if greeting else 0
        _plain(part, f"{text[:at]}\n{sentence}\n\n{text[at:].lstrip()}")
    return change


def _added(tail: str) -> Callable[[EmailMessage], None]:
    """What mail clients and servers add below the client's words: nothing the client
    asked, so the reading must not change."""
    def change(part: EmailMessage) -> None:
        _plain(part, _text(part).rstrip("\n") + tail)
    return change


#: What people put under their sign-off and name, long lines included (2026-12-06: office
#: hours, a shop's "order by December 20", a German registration stopped the sign-off
#: from being found, and their dates, sums and notices were read as the client's).
SIGNATURES = {
    "office hours and a closure": (
        "Kind regards,\n"
        "Tom\n"
        "Office hours: Mon-Thu 8:30am-5pm, Fri 8:30am-1pm. Our office will be closed "
        "from December 24 to January 2."
    ),
    "a shop's offer": (
        "Lakeshore Bakery | Fresh every day since 1987\n"
        "This month only: 20% off all catering orders over $150. Order by December 20 "
        "for holiday pickup!"
    ),
    "German, with registration": (
        "Mit freundlichen Grüßen\n"
        "Petra Lang\n"
        "Leitung Marketing\n"
        "Lang Möbel GmbH | Industriestraße 12 | 80339 München\n"
        "Tel. +49 89 1234567-0\n"
        "Geschäftsführer: Hans Lang | Amtsgericht München HRB 123456 | USt-IdNr. "
        "DE123456789"
    ),
    "Spanish, with a notice": (
        "Saludos cordiales,\n"
        "Lucas Romero\n"
        "Director de Marketing | Romero Café S.L.\n"
        "C/ Mayor 45, 28013 Madrid | Tel. +34 912 345 678\n"
        "Este mensaje y sus archivos adjuntos son confidenciales y deben ser utilizados "
        "exclusivamente por el destinatario."
    ),
    "French, with share capital": (
        "Cordialement,\n"
        "Claire Dubois\n"
        "Directrice Marketing\n"
        "Dubois Cosmétiques SAS au capital de 50 000 € - RCS Paris 512 345 678\n"
        "Tél : +33 1 42 68 53 00"
    ),
    "UK company number": (
        "Kind regards\n"
        "Oliver Grant\n"
        "Head of Marketing\n"
        "Grant & Sons Ltd, 14 Kings Road, London SW3 4RP\n"
        "Registered in England and Wales No. 04512345. VAT No. GB 123 4567 89"
    ),
    "pronouns and a title": (
        "Alex Moreno (they/them)\n"
        "Director of Communications, Fairview Health\n"
        "T 617-555-0123 ext. 204"
    ),
    "a trade-show banner": (
        "Mark Ellis | Brand Director\n"
        "Visit us at Booth #1432 at CES 2027, January 6-9, Las Vegas!"
    ),
    "a booking link": (
        "Cheers,\n"
        "Priya\n"
        "Book time with me: https://calendly.com/priya-rao/30min"
    ),
    "inline images": (
        "[cid:image001.png@01DB4C2A.5F3E8B10]\n"
        "[cid:image002.jpg@01DB4C2A.5F3E8B10]"
    ),
    "attachment names": (
        "Attachments:\n"
        "Banner_300x250_v3_FINAL.pdf\n"
        "Spring_Mailer_2027-02-14_rev2.indd"
    ),
    "an absence notice": (
        "Please note I will be out of the office from Dec 23 to Jan 3 with limited "
        "access to email. For urgent matters please contact Jenna at "
        "jenna@lakeshorecu.org."
    ),
    "a Zoom invitation": (
        "--\n"
        "Join Zoom Meeting\n"
        "https://us02web.zoom.us/j/84512345678?pwd=abc123\n"
        "Meeting ID: 845 1234 5678\n"
        "Passcode: 492817"
    ),
    "an award and a lender notice": (
        "Dana Whitfield\n"
        "\"Best Places to Work 2026\" - Chicago Business Journal\n"
        "Lakeshore Credit Union is an Equal Housing Lender. Federally insured by NCUA."
    ),
    "a shipment note": (
        "Order #48213 shipped via UPS, tracking 1Z999AA10123456784, est. delivery Dec 9."
    ),
    "a long legal notice": (
        "This email and any files transmitted with it are confidential and intended "
        "solely for the use of the individual or entity to whom they are addressed. If "
        "you have received this email in error please notify the system manager. Please "
        "note that any views or opinions presented in this email are solely those of the "
        "author and do not necessarily represent those of the company. Finally, the "
        "recipient should check this email and any attachments for the presence of "
        "viruses. The company accepts no liability for any damage caused by any virus "
        "transmitted by this email."
    ),
}
_SIGNED_OFF = re.compile(
    r"(?:Best|Kind regards|Cheers|Mit freundlichen|Cordialement|Saludos|Thanks)")


def _signed(block: str) -> Callable[[EmailMessage], None]:
    """``block`` under a sign-off and a name (its own or "Thanks, / Dana"), below the
    writer's words and above any quoted mail."""
    if not _SIGNED_OFF.match(block):
        block = f"Thanks,\nDana\n\n{block}"
    return lambda p: _plain(p, _own_words(_text(p), lambda t: f"{t.rstrip()}\n\n{block}\n\n"))


WARNINGS = {
    "English": "CAUTION: This email originated from outside of the organization. Do not click "
               "links or open attachments unless you recognize the sender and know the content "
               "is safe.",
    "German": "ACHTUNG: Diese E-Mail stammt von einem externen Absender. Bitte klicken Sie nicht "
              "auf Links und öffnen Sie keine Anhänge, wenn Sie den Absender nicht kennen.",
}


def _warned(warning: str) -> Callable[[EmailMessage], None]:
    return lambda p: _plain(p, f"{warning}\n\n{_text(p)}")


# Keyboard habits and list marks (2026-12-06; written before any was run): the writer's own
# words only, as the quoted mail below keeps its writer's typing.
_ITEM = re.compile(r"^([ \t]*)[-*\u2022][ \t]+(?=\S)", re.M)
# not "19. Januar", nor after "Dr." or "Mrs."
_NEXT_SENTENCE = re.compile(r"(?<=[a-z)][.!?])(?<!\b[DM]r\.)(?<!\bMrs\.)(?<!\bMs\.) (?=[A-Z])")
_TALL_MARK = re.compile(r"(?<=[^\s\d])([?!;:])(?=[ \t]|$)", re.M)  # "urgent !", not "3:30"
# first words a writer lower-cases after "Hi Sam," on the same line ("Hi Sam, can we ...")
_PLAIN_OPENERS = frozenset(("can", "could", "would", "we", "please", "just", "quick", "the",
                            "thanks", "thank", "following", "as", "a", "our", "here", "so",
                            "hope", "sorry", "one", "two", "good", "great", "small", "per"))


def _items_marked(mark: Callable[[int], str]) -> Callable[[str], str]:
    """Each "- item" line marked with ``mark(k)`` instead (k counts from 1 in each list)."""
    def change(text: str) -> str:
        out, k = [], 0
        for line in text.split("\n"):
            found = _ITEM.match(line)
            if found:
                k += 1
                line = found.group(1) + mark(k) + line[found.end():]
            elif line.strip():
                k = 0
            out.append(line)
        return "\n".join(out)
    return change


def _greeting_joined(text: str) -> str:
    """"Hi Sam,\n\nCan we ..." typed as "Hi Sam, can we ..." (phones, chat habits)."""
    greeting = _GREETING.match(text)
    if not greeting:
        return text
    head, rest = greeting.group(0).strip(), text[greeting.end():].lstrip()
    first = rest.split(" ", 1)[0]
    if first.lower() in _PLAIN_OPENERS:
        rest = rest[0].lower() + rest[1:]
    return f"{head} {rest}"


# Words a writer stresses: capitals ("we MUST have it by FRIDAY"), asterisks as in chat
# ("*must*", "*Friday*"); the words of rules, asks and days people stress.
_STRESSED = re.compile(
    r"\b(must|never|only|always|not|no|all|every|please|asap|urgent|need|needs|before|by|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b", re.IGNORECASE)


def _stressed(mark: Callable[[str], str]) -> Callable[[str], str]:
    """Every third stressed word of the writer's marked with ``mark``."""
    def change(text: str) -> str:
        count = 0

        def one(found: re.Match[str]) -> str:
            nonlocal count
            count += 1
            return mark(found.group(0)) if count % 3 == 1 else found.group(0)
        return _STRESSED.sub(one, text)
    return change


def _one_line(text: str) -> str:
    body, signature = split_signature(text)
    if len(body) > 500 or _ITEM.search(body) or re.search(r"^\s*\d[.)]\s", body, re.M):
        return text
    return " ".join(body.split()) + (f"\n\n{signature}\n\n" if signature else "\n\n")


def _no_greeting(text: str) -> str:
    greeting = _GREETING.match(text)
    return text[greeting.end():].lstrip() if greeting else text


VARIANTS: dict[str, Callable[[EmailMessage], None]] = {
    "hard-wrapped at 72": lambda p: _plain(p, hard_wrapped(_text(p))),
    # phones and older clients wrap narrower (the column is read from the text itself)
    "hard-wrapped at 64": lambda p: _plain(p, hard_wrapped(_text(p), 64)),
    "hard-wrapped at 60": lambda p: _plain(p, hard_wrapped(_text(p), 60)),
    # Outlook's plain text of paragraphs typed with one Enter: no blank line between them
    "no blank lines": lambda p: _plain(p, _own_words(
        _text(p).replace("\r\n", "\n"),
        lambda t: re.sub(r"\n[ \t]*\n+", "\n", t.strip("\n")) + "\n\n")),
    "format=flowed": lambda p: _plain(p, flowed(_text(p)), format="flowed"),
    "quoted-printable cp1252": _cp1252,
    "base64": lambda p: _plain(p, _text(p), cte="base64"),
    "windows-1252 labelled iso-8859-1": _mislabelled("cp1252", "iso-8859-1"),
    "UTF-8 labelled iso-8859-1": _mislabelled("utf-8", "iso-8859-1"),
    "UTF-8 with no charset": _mislabelled("utf-8", None),
    "windows-1252 labelled UTF-8": _mislabelled("cp1252", "utf-8"),
    "one line per paragraph": lambda p: _plain(p, one_line_per_paragraph(_text(p)),
                                               cte="quoted-printable"),
    "Outlook HTML only": _html_only,
    "Outlook HTML, paragraphs": _outlook_paragraphs,
    "Gmail HTML only": _gmail_html,
    "HTML lists (<ul>, <ol>)": _html_lists,
    "Outlook HTML reply, bold header block": _outlook_reply,
    "bottom-posted": lambda p: _plain(p, bottom_posted(_text(p))),
    # how people type on phones: all in lower case, apostrophes left out ("dont", "cant")
    "typed in lower case": lambda p: _plain(p, _own_words(_text(p), str.lower)),
    "typed without apostrophes": lambda p: _plain(p, _own_words(
        _text(p), lambda t: _CONTRACTION.sub(r"\1", t))),
    "two spaces after full stops": lambda p: _plain(p, _own_words(
        _text(p), lambda t: _NEXT_SENTENCE.sub("  ", t))),
    "space before ? ! : ;": lambda p: _plain(p, _own_words(
        _text(p), lambda t: _TALL_MARK.sub(r" \1", t))),
    "trailing spaces": lambda p: _plain(p, _own_words(
        _text(p), lambda t: re.sub(r"(?<=\S)\n", " \n", t))),
    "em dashes, no spaces": lambda p: _plain(p, _own_words(
        _text(p), lambda t: t.replace(" - ", "\u2014"))),
    "items marked \u2022": lambda p: _plain(p, _own_words(
        _text(p), _items_marked(lambda k: "\u2022 "))),
    "items marked *": lambda p: _plain(p, _own_words(_text(p), _items_marked(lambda k: "* "))),
    "items numbered 1)": lambda p: _plain(p, _own_words(
        _text(p), _items_marked(lambda k: f"{k}) "))),
    "items numbered 1.": lambda p: _plain(p, _own_words(
        _text(p), _items_marked(lambda k: f"{k}. "))),
    "greeting on the first line": lambda p: _plain(p, _own_words(_text(p), _greeting_joined)),
    "stressed in capitals": lambda p: _plain(p, _own_words(_text(p), _stressed(str.upper))),
    "stressed with asterisks": lambda p: _plain(p, _own_words(
        _text(p), _stressed(lambda w: f"*{w}*"))),
    # links people paste: a blog post whose address holds a date, Outlook's safe link
    "+ a dated link": _added("\n\nMore background: https://www.example-news.com/2026/03/14/"
                             "spring-trends-2027?utm_source=newsletter&utm_id=4500\n"),
    "+ a safe link": _added("\n\nBrief: https://nam02.safelinks.protection.outlook.com/?url="
                            "https%3A%2F%2Fdrive.example.com%2Ffile%2Fd%2F1aB2%2Fview&data=05%7C02"
                            "%7Csam%40brightlane.agency%7C8f1e%7C0%7C638712000000000000"
                            "&sdata=Zx9%2B4%3D&reserved=0\n"),
    # a phone writer's Enter after each sentence; a plain part made from HTML that puts a blank
    # line after every line (a <p> per line); paragraphs typed with an indent, as in letters
    "one sentence per line": lambda p: _plain(p, _own_words(  # (then wrapped by the client)
        _text(p), lambda t: hard_wrapped(_NEXT_SENTENCE.sub("\n", one_line_per_paragraph(t))))),
    # a phone writer who never presses Enter: greeting and asks on one line, the sign-off and
    # what the phone adds below (short mails without a list only)
    "all on one line": lambda p: _plain(p, _own_words(
        _text(p).replace("\r\n", "\n"), _one_line)),
    "paragraphs indented": lambda p: _plain(p, _own_words(
        _text(p).replace("\r\n", "\n"), lambda t: re.sub(r"(?:\A|(?<=\n\n))(?=\S)", "    ", t))),
    "no greeting": lambda p: _plain(p, _own_words(_text(p), _no_greeting)),
    "+ Sent from my iPhone": _added("\n\nSent from my iPhone\n"),
    "+ legal disclaimer": _added(_DISCLAIMER),
    "+ agency mail quoted": _added(_AGENCY_QUOTE),
    "+ signature with banner": _added(_BANNER_SIGNATURE),
    # the same signature under the writer's own words, above any quoted history
    "signature with banner above the quote": lambda p: _plain(p, _own_words(
        _text(p), lambda t: t.rstrip("\n") + _BANNER_SIGNATURE + "\n")),
    "+ Get Outlook for iOS": _added("\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n"),
    **{f"signed, {name}": _signed(block) for name, block in SIGNATURES.items()},
    # what a company's mail server puts above a message from outside (2026-12-06: a German
    # one made Spanish and French mail German, and US dates day-first)
    **{f"warning above, {name}": _warned(text) for name, text in WARNINGS.items()},
}


def _sender(mail: ParsedMail) -> str:
    who = mail.from_
    if who is None:
        return "unknown@example.com"
    return f"{who.name} <{who.email}>" if who.name else who.email


def _ae_of(mail: ParsedMail) -> str:
    """The agency person the client wrote to (who forwards it), or a made-up one."""
    for person in (*mail.to, *mail.cc):
        if person.email.rsplit("@", 1)[-1] in AGENCY_DOMAINS:
            return person.email
    return "ae@brightlane.agency"


def _forward(raw: bytes, how: str) -> bytes:
    """The mail as its AE forwards it to the intake address, with a note that asks
    nothing: the client's reading must be the same."""
    mail = parse_message(raw)
    when = mail.date or datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    ae = _ae_of(mail)
    out = EmailMessage()
    out["From"] = ae
    out["To"] = "intake@" + ae.rsplit("@", 1)[-1]
    out["Subject"] = f"Fwd: {mail.subject}"
    out["Date"] = format_datetime(when + timedelta(hours=2))
    out["Message-ID"] = f"<fwd-{abs(hash(raw)) % 10**9}@{ae.rsplit('@', 1)[-1]}>"
    to = ", ".join(a.email for a in mail.to) or ae
    note = "FYI, see below.\n\n"
    if how in _GMAIL_MARKERS:
        head = (f"---------- {_GMAIL_MARKERS[how]} ---------\nFrom: {_sender(mail)}\n"
                f"Date: {when:%a, %b} {when.day}, {when:%Y at %I:%M %p}\n"
                f"Subject: {mail.subject}\nTo: {to}\n\n")
    elif how == "outlook":
        head = (f"________________________________\nFrom: {_sender(mail)}\n"
                f"Sent: {when:%A, %B} {when.day}, {when:%Y %I:%M %p}\nTo: {to}\n"
                f"Subject: {mail.subject}\n\n")
    elif how in _APPLE_MARKERS:
        head = (f"{_APPLE_MARKERS[how]}:\n\nFrom: {_sender(mail)}\n"
                f"Subject: {mail.subject}\nDate: {when:%B} {when.day}, {when:%Y at %I:%M:%S %p}"
                f" {when:%Z}\nTo: {to}\n\n")
    else:  # attached, as Outlook's "Forward as attachment" sends it
        out.set_content(note)
        if how == "attached":
            out.add_attachment(message_from_bytes(raw, policy=policy.default))
        else:  # base64, as RFC 2046 forbids and some mailers (and Python's bytes) still do
            out.add_attachment(raw, maintype="message", subtype="rfc822",
                               filename="original.eml")
        return out.as_bytes(policy=policy.SMTP)
    out.set_content(note + head + mail.text + "\n", cte="quoted-printable")
    original = message_from_bytes(raw, policy=policy.default)
    for part in original.walk():  # a forward keeps the original's attached mail attached
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            out.add_attachment(inner[0] if isinstance(inner, list) else inner)
    return out.as_bytes(policy=policy.SMTP)


def _doubled_carriage_returns(raw: bytes) -> bytes:
    """Every line of a one-part plain mail ended "\\r\\r\\n", as a program that writes text
    mode twice over sends it (read naively, a blank line after every line)."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    lowered = head.lower()
    if not sep or b"multipart/" in lowered or b"base64" in lowered or b"quoted-printable" in \
            lowered:
        return raw
    return head + sep + body.replace(b"\r\n", b"\r\r\n")


def _date_in_utc(raw: bytes) -> bytes:
    """The Date header in UTC, as some gateways and web mailers write it."""
    message = message_from_bytes(raw, policy=policy.default)
    when = parsedate_to_datetime(str(message["Date"])) if message["Date"] else None
    if when is None or when.tzinfo is None:
        return raw
    del message["Date"]
    message["Date"] = format_datetime(when.astimezone(UTC))
    return message.as_bytes(policy=policy.SMTP.clone(max_line_length=998))


# The forward's rule line as Gmail and Apple Mail write it in the AE's own language.
_GMAIL_MARKERS = {
    "gmail": "Forwarded message", "gmail, Swedish": "Vidarebefordrat meddelande",
    "gmail, Danish": "Videresendt meddelelse", "gmail, Norwegian": "Videresendt melding",
    "gmail, Polish": "Wiadomość przekazana dalej", "gmail, Czech": "Přeposlaná zpráva",
    "gmail, Finnish": "Välitetty viesti", "gmail, French": "Message transféré",
}
_APPLE_MARKERS = {
    "apple": "Begin forwarded message", "apple, Dutch": "Begin doorgestuurd bericht",
    "apple, Italian": "Inizio messaggio inoltrato",
    "apple, Portuguese": "Início da mensagem reencaminhada",
    "apple, Swedish": "Vidarebefordrat brev", "apple, Danish": "Videresendt besked",
}

#: Whole-mail rewrites: the AE forwards the client's mail to the intake address.
FORWARDS: dict[str, Callable[[bytes], bytes]] = {
    f"forwarded ({how})": partial(_forward, how=how)
    for how in (*_GMAIL_MARKERS, "outlook", *_APPLE_MARKERS, "attached", "attached, base64")
}


def _predict(case: Case, raw: bytes) -> Predicted:
    extraction = extract_message(
        parse_message(raw),
        timezone=case.timezone,
        day_first=case.day_first,
        default_currency=case.default_currency,
        agency_domains=AGENCY_DOMAINS,
    )
    return predicted_from_extraction(extraction)


_SPACE_BEFORE_MARK = re.compile(r"\s+([?!:;])")
_LEADING_GREETING = re.compile(r"^(?:hi|hello|hey|dear|good morning|morning|hallo|bonjour|hola)"
                               r"\b[^,!\n]{0,30}[,!]\s+")


def _compared(sentence: str) -> str:
    text = normalise_text(sentence.replace("\u2014", " - ")).replace("'", "")
    return _LEADING_GREETING.sub("", _SPACE_BEFORE_MARK.sub(r"\1", text))


def _view(predicted: Predicted) -> dict[str, tuple[object, ...]]:
    """What is compared: dates and money as they are, sentences with spacing folded."""
    out: dict[str, tuple[object, ...]] = {}
    for name in FIELDS:
        values = getattr(predicted, name)
        if values and isinstance(values[0], str) and not name.endswith("dates"):
            # (sentences compared as words: a variant without apostrophes keeps its words)
            # (and a space before "?" or ":" folded, an em dash read as " - ", a greeting typed
            # on the same line left out)
            values = tuple(sorted(_compared(v) for v in values))
        out[name] = tuple(values)
    return out


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    wanted = [a for a in argv if not a.startswith("-")]
    cases = [c for c in load_set(SET) if not c.auto_reply]
    plain = {c.name: _predict(c, c.raw) for c in cases}
    base = score(cases, lambda c: plain[c.name])
    print(f"{len(cases)} labelled mails; F1 per field: " + ", ".join(FIELDS))
    print(f"{'as written':26} {'':39}" + " ".join(
        f"{base.tallies[f].f1:6.3f}" for f in FIELDS))
    rewrites: dict[str, Callable[[bytes], bytes]] = {
        name: partial(_rewrite_parts, change=change) for name, change in VARIANTS.items()}
    rewrites.update(FORWARDS)
    rewrites["Date header in UTC"] = _date_in_utc
    rewrites["lines ended \\r\\r\\n"] = _doubled_carriage_returns
    for label, header in QUOTE_HEADERS.items():
        rewrites[f"agency quoted, {label}"] = partial(_rewrite_parts, change=_quoted_under(header))
    for label, sentence in DISTRACTORS.items():
        rewrites[f"+ {label}"] = partial(_rewrite_parts, change=_distracted(sentence))
    for name, rewrite in rewrites.items():
        if wanted and not any(w.lower() in name.lower() for w in wanted):
            continue
        same = differ = 0
        typed: dict[str, Predicted] = {}
        for case in cases:
            raw = rewrite(case.raw)
            typed[case.name] = _predict(case, raw)
            before, after = _view(plain[case.name]), _view(typed[case.name])
            if before == after:
                same += 1
                continue
            differ += 1
            if verbose and not split_of(case).startswith("blind"):  # blind mail stays unseen
                print(f"  {case.name}")
                for field in FIELDS:
                    if before[field] != after[field]:
                        lost = [v for v in before[field] if v not in after[field]]
                        got = [v for v in after[field] if v not in before[field]]
                        print(f"     {field}: lost {lost} got {got}")
        report = score(cases, lambda c, typed=typed: typed[c.name])  # type: ignore[misc]
        print(f"{name:26} read the same {same:4d}   differ {differ:4d}     " + " ".join(
            f"{report.tallies[f].f1:6.3f}" for f in FIELDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
