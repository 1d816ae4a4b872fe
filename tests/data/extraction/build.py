"""Writes the labelled extraction set: specs (specs_*.py) in, NNN-name.eml + NNN-name.json out.

The specs hold each client's own words, the quoted history, the signature and the
expected fields; this module dresses them as the mail clients we meet really send
them (Gmail, Outlook, Apple Mail, HTML-only, quoted-printable, forwards of every
shape, auto-replies, bounces). Run ``python tests/data/extraction/build.py`` after
editing a spec; the .eml and .json files it writes are what the tests read.
"""

from __future__ import annotations

import hashlib
import html
import json
import sys
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).parent
INTAKE = ("Intake", "intake@brightlane.agency")


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    tz: str = "America/New_York"

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"


@dataclass(frozen=True)
class Quote:
    """An earlier message quoted below the new text (its dates and amounts must not count)."""

    sender: Person
    when: str
    body: str
    subject: str = ""


@dataclass(frozen=True)
class Mail:
    n: int
    slug: str
    sender: Person
    to: Person
    when: str  # "YYYY-MM-DD HH:MM" in the sender's zone
    subject: str
    body: str
    style: str = "gmail"  # gmail | outlook | apple | html | plain
    signature: str = ""
    quote: Quote | None = None
    cte: str | None = None  # None (8bit/7bit) | quoted-printable | base64
    utc_header: bool = False  # the server stamped the Date header in UTC
    cc: tuple[Person, ...] = ()
    extra_headers: tuple[tuple[str, str], ...] = ()
    labels: dict = field(default_factory=dict)
    html: str = ""  # with style "html": this HTML as written (tables...), not ``body`` marked up


@dataclass(frozen=True)
class Forward:
    """The AE (or a client's colleague) forwarding ``original`` to ``to``."""

    n: int
    slug: str
    sender: Person
    to: Person
    when: str
    note: str
    original: Mail | Forward
    style: str = "gmail"  # gmail | outlook | apple | rfc822
    signature: str = ""
    labels: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Raw:
    """A message written out by hand (bounces and other odd shapes)."""

    n: int
    slug: str
    text: str
    labels: dict = field(default_factory=dict)


# ---------------------------------------------------------------- dates


def local(when: str, tz: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def _hour12(d: datetime) -> str:
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def gmail_attr(d: datetime) -> str:
    return f"{d:%a}, {d:%b} {d.day}, {d.year} at {_hour12(d)}"


def outlook_sent(d: datetime) -> str:
    return f"{d:%A}, {d:%B} {d.day}, {d.year} {_hour12(d)}"


def apple_date(d: datetime) -> str:
    h = d.hour % 12 or 12
    noon = "AM" if d.hour < 12 else "PM"
    return f"{d:%B} {d.day}, {d.year} at {h}:{d.minute:02d}:07 {noon} {d.tzname()}"


# ---------------------------------------------------------------- bodies


def quoted_block(q: Quote, style: str, subject: str, to: Person) -> str:
    d = local(q.when, q.sender.tz)
    body = q.body.strip("\n")
    if style in ("gmail", "html"):
        lines = "\n".join(("> " + ln).rstrip() for ln in body.splitlines())
        return f"On {gmail_attr(d)} {q.sender.name} <{q.sender.email}> wrote:\n\n{lines}\n"
    if style == "apple":
        lines = "\n".join(("> " + ln).rstrip() for ln in body.splitlines())
        who = f"{q.sender.name} <{q.sender.email}>"
        head = f"> On {d:%b} {d.day}, {d.year}, at {d:%H:%M}, {who} wrote:"
        return f"{head}\n> \n{lines}\n"
    if style == "plain":
        return (
            f"-----Original Message-----\nFrom: {q.sender.name} [mailto:{q.sender.email}]\n"
            f"Sent: {outlook_sent(d)}\nTo: {to.name}\nSubject: {q.subject or subject}\n\n{body}\n"
        )
    return (
        f"________________________________\nFrom: {q.sender.name} <{q.sender.email}>\n"
        f"Sent: {outlook_sent(d)}\nTo: {to.name} <{to.email}>\n"
        f"Subject: {q.subject or subject}\n\n{body}\n"
    )


def plain_text(m: Mail) -> str:
    parts = [m.body.strip("\n") + "\n"]
    if m.signature:
        sig = m.signature.strip("\n")
        parts.append(("-- \n" + sig if m.style in ("gmail", "plain") else sig) + "\n")
    if m.quote:
        parts.append(quoted_block(m.quote, m.style, m.subject, m.to))
    return "\n".join(parts)


def _html_lines(text: str) -> str:
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<div>" + "<br>\n".join(html.escape(ln) for ln in para.splitlines()) + "</div>")
    return "\n<div><br></div>\n".join(out)


def html_text(m: Mail) -> str:
    body = _html_lines(m.body)
    sig = ""
    if m.signature:
        sig = '\n<div><br></div><div class="signature">' + _html_lines(m.signature) + "</div>"
    quote = ""
    if m.quote:
        q = m.quote
        d = local(q.when, q.sender.tz)
        if m.style == "outlook":
            quote = (
                '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                'padding:3.0pt 0in 0in 0in">'
                f'<p class="MsoNormal"><b>From:</b> {html.escape(str(q.sender))}<br>'
                f"<b>Sent:</b> {outlook_sent(d)}<br><b>To:</b> {html.escape(str(m.to))}<br>"
                f"<b>Subject:</b> {html.escape(q.subject or m.subject)}</p></div>\n"
                + _html_lines(q.body)
            )
        else:
            quote = (
                '\n<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f"On {gmail_attr(d)} {html.escape(str(q.sender))} wrote:<br></div>"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                + _html_lines(q.body)
                + "\n</blockquote></div>"
            )
    if m.style == "outlook":
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body lang="EN-US"><div class="WordSection1">\n'
            + body
            + sig
            + quote
            + "\n</div></body></html>\n"
        )
    return f'<div dir="ltr">\n{body}{sig}\n</div>{quote}\n'


def _msgid(slug: str, domain: str, style: str) -> str:
    h = hashlib.sha1(slug.encode()).hexdigest()
    if style == "gmail":
        return f"<CA+{h[:28]}@mail.gmail.com>"
    if style == "outlook":
        box = f"MN2PR{h[:4].upper()}"
        return f"<{box}MB{h[4:8]}{h[8:24].upper()}@{box}.namprd.prod.outlook.com>"
    if style == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}@{domain}>"
    return f"<{h[:20]}@{domain}>"


def _date_header(when: str, tz: str, utc: bool) -> str:
    d = local(when, tz)
    if utc:
        d = d.astimezone(ZoneInfo("UTC"))
    return format_datetime(d)


def build_mail(m: Mail) -> EmailMessage:
    msg = EmailMessage(policy=policy.SMTP)
    domain = m.sender.email.rpartition("@")[2]
    msg["From"] = str(m.sender)
    msg["To"] = str(m.to)
    if m.cc:
        msg["Cc"] = ", ".join(str(p) for p in m.cc)
    msg["Subject"] = m.subject
    msg["Date"] = _date_header(m.when, m.sender.tz, m.utc_header)
    msg["Message-ID"] = _msgid(m.slug, domain, m.style)
    if m.quote:
        ref = _msgid(m.slug + "-parent", m.to.email.rpartition("@")[2], "gmail")
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if m.style == "outlook":
        msg["Thread-Topic"] = m.subject.removeprefix("RE: ").removeprefix("FW: ")
        msg["Thread-Index"] = "AQHc" + hashlib.md5(m.slug.encode()).hexdigest()[:24]
        msg["X-MS-Has-Attach"] = ""
        msg["X-MS-TNEF-Correlator"] = ""
        msg["Content-Language"] = "en-US"
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    elif m.style == "apple":
        msg["X-Mailer"] = "Apple Mail (2.3774.500.171)"
    for name, value in m.extra_headers:
        msg[name] = value
    text = plain_text(m)
    if m.style == "html":
        markup = m.html or html_text(m)
        msg.set_content(markup, subtype="html", cte=m.cte or "quoted-printable")
    elif m.style in ("apple", "plain"):
        msg.set_content(text, cte=m.cte or ("8bit" if not text.isascii() else "7bit"))
    else:
        msg.set_content(text, cte=m.cte or ("quoted-printable" if not text.isascii() else "7bit"))
        msg.add_alternative(html_text(m), subtype="html", cte="quoted-printable")
    if m.style == "apple":
        del msg["MIME-Version"]
        msg["Mime-Version"] = "1.0 (Mac OS X Mail 16.0 \\(3774.500.171\\))"
    return msg


def _inner_header_block(o: Mail | Forward, style: str) -> tuple[str, str]:
    """(header block, body) of a forwarded message as the forwarding client writes it."""
    d = local(o.when, o.sender.tz)
    subject = o.subject if isinstance(o, Mail) else forward_subject(o)
    body = plain_text(o) if isinstance(o, Mail) else forward_text(o)
    to = str(o.to)
    if style == "gmail":
        head = (
            "---------- Forwarded message ---------\n"
            f"From: {o.sender.name} <{o.sender.email}>\nDate: {gmail_attr(d)}\n"
            f"Subject: {subject}\nTo: {to}\n"
        )
    elif style == "apple":
        head = (
            "Begin forwarded message:\n\n"
            f"From: {o.sender.name} <{o.sender.email}>\nSubject: {subject}\n"
            f"Date: {apple_date(d)}\nTo: {to}\n"
        )
    else:
        head = (
            "________________________________\n"
            f"From: {o.sender.name} <{o.sender.email}>\nSent: {outlook_sent(d)}\n"
            f"To: {to}\nSubject: {subject}\n"
        )
    return head, body


def forward_subject(f: Forward) -> str:
    inner = f.original
    subj = inner.subject if isinstance(inner, Mail) else forward_subject(inner)
    return ("FW: " if f.style == "outlook" else "Fwd: ") + subj


def forward_text(f: Forward) -> str:
    note = f.note.strip("\n") + "\n"
    if f.signature:
        note += "\n" + ("-- \n" if f.style == "gmail" else "") + f.signature.strip("\n") + "\n"
    if f.style == "rfc822":
        return note
    head, body = _inner_header_block(f.original, f.style)
    return f"{note}\n{head}\n{body}"


def build_forward(f: Forward) -> EmailMessage:
    msg = EmailMessage(policy=policy.SMTP)
    domain = f.sender.email.rpartition("@")[2]
    msg["From"] = str(f.sender)
    msg["To"] = str(f.to)
    msg["Subject"] = forward_subject(f)
    msg["Date"] = _date_header(f.when, f.sender.tz, False)
    style = "outlook" if f.style in ("outlook", "rfc822") else f.style
    msg["Message-ID"] = _msgid(f.slug, domain, style)
    if style == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Content-Language"] = "en-US"
    elif style == "apple":
        msg["X-Mailer"] = "Apple Mail (2.3774.500.171)"
    text = forward_text(f)
    if f.style == "rfc822":
        msg.set_content(text)
        inner = (
            build_mail(f.original) if isinstance(f.original, Mail) else build_forward(f.original)
        )
        msg.add_attachment(inner, filename=f"{f.original.subject}.eml")
    else:
        msg.set_content(text, cte="quoted-printable" if not text.isascii() else "7bit")
    return msg


# ---------------------------------------------------------------- labels

FIELDS = ("due_dates", "replaced_dates", "budgets", "change_requests", "requirements", "objectives")


def money(amount: str, currency: str, kind: str = "budget", low: str | None = None) -> dict:
    m = {"amount": amount, "currency": currency, "kind": kind}
    if kind == "range":
        m["low"], m["high"] = low, amount
    return m


def innermost(item: Mail | Forward) -> Mail:
    while isinstance(item, Forward):
        item = item.original
    return item


def sidecar(item: Mail | Forward | Raw) -> dict:
    lab = dict(item.labels)
    out: dict = {}
    out["due_dates"] = lab.pop("due", [])
    out["replaced_dates"] = lab.pop("replaced", [])
    out["budgets"] = [money(*b) for b in lab.pop("budgets", [])]
    if "non_budget" in lab:
        out["non_budget_money"] = [money(*b) for b in lab.pop("non_budget")]
    out["change_requests"] = lab.pop("cr", [])
    out["requirements"] = lab.pop("req", [])
    out["objectives"] = lab.pop("obj", [])
    out["auto_reply"] = lab.pop("auto_reply", False)
    if isinstance(item, Forward):
        orig = innermost(item)
        out["original_sender"] = orig.sender.email
        out["timezone"] = orig.sender.tz
    elif isinstance(item, Mail):
        out["original_sender"] = None
        out["timezone"] = item.sender.tz
    else:
        out["original_sender"] = lab.pop("original_sender", None)
        out["timezone"] = lab.pop("timezone", "UTC")
    for key in ("day_first", "default_currency", "bounce", "note"):
        if key in lab:
            out[key] = lab.pop(key)
    if lab:
        raise ValueError(f"{item.slug}: unknown label keys {sorted(lab)}")
    return out


def _fix_boundaries(msg: EmailMessage, stem: str) -> None:
    """Deterministic MIME boundaries, so rebuilding an unchanged spec changes no file."""
    count = 0

    def walk(part) -> None:
        nonlocal count
        if part.get_content_maintype() == "multipart":
            count += 1
            tag = hashlib.sha1(f"{stem}/{count}".encode()).hexdigest()[:24]
            part.set_boundary(f"=_{tag}")
            for sub in part.get_payload():
                walk(sub)
        elif part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                walk(sub)

    walk(msg)


def write(items: list[Mail | Forward | Raw]) -> None:
    seen: set[int] = set()
    for item in items:
        if item.n in seen:
            raise ValueError(f"duplicate number {item.n}")
        seen.add(item.n)
        stem = f"{item.n:03d}-{item.slug}"
        if isinstance(item, Raw):
            raw = item.text.lstrip("\n").replace("\n", "\r\n").encode()
        else:
            msg = build_mail(item) if isinstance(item, Mail) else build_forward(item)
            _fix_boundaries(msg, stem)
            raw = msg.as_bytes()
        (HERE / f"{stem}.eml").write_bytes(raw)
        (HERE / f"{stem}.json").write_text(json.dumps(sidecar(item), indent=2) + "\n")


def main() -> int:
    sys.path.insert(0, str(HERE))
    items: list = []
    for spec in sorted(HERE.glob("specs_*.py")):
        module = __import__(spec.stem)
        items.extend(module.ITEMS)
    for old in [*HERE.glob("[0-9][0-9][0-9]-*"), *HERE.glob("[0-9][0-9][0-9][0-9]-*")]:
        old.unlink()
    write(items)
    print(f"wrote {len(items)} messages to {HERE}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    import build  # the specs import ``build``: use that one module, not ``__main__``

    raise SystemExit(build.main())
