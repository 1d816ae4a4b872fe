"""Benchmark corpus: deterministic, realistic raw mail for timing the pipeline.

Input: a message count and a seed. Output: raw RFC 5322 messages as bytes,
built with :class:`email.message.EmailMessage`, in the shapes an agency
mailbox really holds: plain, HTML only, multipart/alternative,
quoted-printable, base64, attachments, forwards (Gmail, Outlook, Apple Mail,
attached message/rfc822), replies with quoted history, auto-replies, and
non-ASCII text. Sizes run from 1 to 30 KB, Message-IDs are unique and dates
spread over six months of 2026.

The same ``(n, seed)`` always gives the same bytes, and message ``i`` depends
only on the seed and the messages before it, so ``generate(10)`` is a prefix
of ``generate(1000)``. Nothing reads the clock or the global random state:
MIME boundaries are set explicitly because the stdlib draws them at random.

Run ``python benchmarks/corpus.py DIR [-n COUNT] [--seed SEED]`` to write a
Maildir and print its figures.
"""

from __future__ import annotations

import argparse
import hashlib
import mailbox
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from html import escape

MIN_SIZE = 1024
MAX_SIZE = 30 * 1024

# How often each shape appears: one "deck" of shapes is shuffled per cycle, so
# every shape is present in any run of len(DECK) consecutive messages.
DECK: tuple[str, ...] = (
    *("plain",) * 4,
    *("reply",) * 4,
    *("alternative",) * 3,
    "html_only",
    "quoted_printable",
    "base64",
    *("attachment",) * 2,
    "forward_gmail",
    "forward_outlook",
    "forward_apple",
    "forward_rfc822",
    *("auto_reply",) * 2,
    "non_ascii",
)
SHAPES: tuple[str, ...] = tuple(dict.fromkeys(DECK))
# Nobody replies to these, so they never start a thread.
THREADLESS = frozenset(
    {"auto_reply", "forward_gmail", "forward_outlook", "forward_apple", "forward_rfc822"}
)


@dataclass(frozen=True, slots=True)
class Person:
    """A correspondent: display name, address and UTC offset in hours."""

    name: str
    email: str
    utc_offset: int

    def header(self) -> str:
        return formataddr((self.name, self.email))


AGENCY = (
    Person("Dana Reyes", "dana@brightline.example", -5),
    Person("Alex Chen", "ac@brightline.example", -5),
    Person("Traffic Desk", "traffic@brightline.example", -5),
)
CLIENTS = (
    Person("Megan Ortiz", "megan.ortiz@harborfoods.example", -6),
    Person("Greg Tanaka", "greg.tanaka@harborfoods.example", -6),
    Person("Priya Raman", "priya.raman@northwindbank.example", -5),
    Person("Luis Mendez", "luis.mendez@northwindbank.example", -5),
    Person("Thomas Brunner", "t.brunner@alpinetours.example", 1),
    Person("Sabine Keller", "s.keller@alpinetours.example", 1),
    Person("Sam Whitfield", "sam@kestrel.example", -8),
    Person("Jordan Lee", "jordan.lee@pinecrestmedia.example", -6),
    Person("Ines Carvalho", "ines.carvalho@marlinretail.example", 0),
    Person("Oliver Grant", "oliver.grant@cobaltinsure.example", 0),
)
FOREIGN = (
    Person("José Álvarez", "jose.alvarez@solaris-viajes.example", 1),
    Person("Zoë Lefèvre", "zoe.lefevre@maisonlumiere.example", 1),
    Person("Søren Østergaard", "soren@nordlys.example", 1),
    Person("Małgorzata Wójcik", "m.wojcik@polmarket.example", 1),
    Person("Jürgen Müller", "j.mueller@alpinetours.example", 1),
    Person("佐藤 花子", "hanako.sato@sakura-foods.example", 9),
)
CAMPAIGNS = (
    "Spring Catch launch",
    "Q2 mortgage rate promo",
    "Sommer 2027 brochure",
    "Kestrel Flow webinar",
    "holiday gift guide",
    "loyalty app relaunch",
    "back-to-school flyer",
    "branch signage refresh",
    "retail media pilot",
)
DELIVERABLES = (
    "first round of concepts",
    "display banners",
    "landing page",
    "social calendar",
    "media plan",
    "radio scripts",
    "endcap dielines",
    "email sequence",
    "print files",
    "video cutdowns",
    "brand guidelines",
    "press release",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SENTENCES = (
    "Can we get the {d} by {date}?",
    "Please move the {d} from {date} to {date2}.",
    "We have a budget of ${money:,} for the {c}.",
    "Spend on the {c} should not exceed ${money:,}.",
    "Please swap the hero image on the {d} for the new product shot.",
    "Remove the grilling angle from the {d}, we are saving it for summer.",
    "Every asset must carry the legal disclaimer and our logo lock-up.",
    "Our goal is to lift awareness by {pct}% by the end of the quarter.",
    "The {d} has to be approved by legal before anything goes live.",
    "Thanks for the quick turnaround on the {d}, the team loved it.",
    "Let's hold the {c} until the new pricing is confirmed.",
    "Could you add a Spanish version of the {d}?",
    "Finance approved ${money:,} for production, plus ${money2:,} for paid social.",
    "I'll be in meetings most of {weekday}, so text me if anything is urgent.",
    "We want {num:,} sign-ups from the {c}.",
    "The final {d} is due on {weekday}, {date}.",
    "Cancel the billboard and move that money to paid search.",
    "Attached are the notes from yesterday's call about the {c}.",
)
FOREIGN_SENTENCES = (
    "Könnten Sie uns den Entwurf bis zum {dmy} schicken? Vielen Dank und freundliche Grüsse.",
    "Pourriez-vous nous envoyer la maquette avant le {dmy} ? Le budget est de {money:,} €.",
    "¿Podrían enviarnos la propuesta antes del {dmy}? Gracias por la rápida respuesta.",
    "Czy możecie przesłać projekt do {dmy}? Budżet wynosi {money:,} zł.",
    "Kan I sende udkastet inden {dmy}? Vi glæder os til at se det.",
    "{dmy}までに初稿をお送りいただけますか。よろしくお願いいたします。",
)
OOO_SUBJECTS = (
    "Automatic reply: {s}",
    "Out of Office: {s}",
    "Autoreply: {s}",
    "Abwesenheitsnotiz: {s}",
    "Réponse automatique : {s}",
    "Respuesta automática: {s}",
)
OOO_BODIES = (
    "I am out of the office until {date} with limited access to email.",
    "Thank you for your message. I am travelling and will reply when I am back on {date}.",
    "Ich bin bis zum {dmy} nicht im Büro und habe keinen Zugriff auf E-Mails.",
    "Je suis absente jusqu'au {dmy}. En cas d'urgence, contactez le standard.",
)
ATTACHMENTS = (
    ("application/pdf", "Creative brief {n}.pdf", b"%PDF-1.4\n"),
    ("image/png", "banner-{n}.png", b"\x89PNG\r\n\x1a\n"),
    ("image/jpeg", "hero-shot-{n}.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Media plan v{n}.xlsx",
        b"PK\x03\x04",
    ),
)
DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the "
    "person or entity to which they are addressed and may contain confidential or "
    "privileged information. If you are not the intended recipient, please notify the "
    "sender immediately and delete this message. Any review, retransmission, "
    "dissemination or other use of this information by persons other than the intended "
    "recipient is prohibited. E-mail cannot be guaranteed to be secure or error-free."
)
EPOCH = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
SPAN_DAYS = 180


class _Writer:
    """Random but reproducible words, dates and amounts for one message."""

    def __init__(self, rng: random.Random, when: datetime):
        self.rng = rng
        self.when = when

    def _future(self) -> datetime:
        return self.when + timedelta(days=self.rng.randint(2, 60))

    def fill(self, template: str) -> str:
        rng = self.rng
        due, later = self._future(), self._future() + timedelta(days=7)
        return template.format(
            d=rng.choice(DELIVERABLES),
            c=rng.choice(CAMPAIGNS),
            date=f"{MONTHS[due.month - 1]} {due.day}",
            date2=f"{MONTHS[later.month - 1]} {later.day}",
            dmy=due.strftime("%d.%m.%Y"),
            weekday=rng.choice(WEEKDAYS),
            money=rng.randrange(2, 120) * 500,
            money2=rng.randrange(1, 40) * 250,
            pct=rng.randint(5, 30),
            num=rng.randrange(2, 60) * 50,
        )

    def paragraph(self, *, foreign: bool = False) -> str:
        pool = FOREIGN_SENTENCES if foreign else SENTENCES
        count = self.rng.randint(2, 5)
        return " ".join(self.fill(self.rng.choice(pool)) for _ in range(count))

    def body(self, sender: Person, recipient: Person, chars: int, *, foreign: bool) -> str:
        """A greeting, paragraphs until about ``chars`` characters, and a signature."""
        parts = [f"Hi {recipient.name.split()[0]},"]
        size = 0
        while size < chars or len(parts) < 2:
            para = self.paragraph(foreign=foreign and self.rng.random() < 0.6)
            parts.append(_wrap(para))
            size += len(para)
        parts.append(f"Best,\n{sender.name.split()[0]}\n\n--\n{sender.name}\n{sender.email}")
        return "\n\n".join(parts) + "\n"


def _wrap(text: str, width: int = 72) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def _html(text: str) -> str:
    paras = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
    return (
        '<html><head><meta charset="utf-8"></head>\n'
        '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
        f"{paras}</body></html>\n"
    )


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def _local(when: datetime, person: Person) -> datetime:
    return when.astimezone(timezone(timedelta(hours=person.utc_offset)))


def _gmail_date(when: datetime) -> str:
    hour = when.hour % 12 or 12
    am = "AM" if when.hour < 12 else "PM"
    return f"{when:%a}, {when:%b} {when.day}, {when.year} at {hour}:{when:%M} {am}"


def _outlook_date(when: datetime) -> str:
    hour = when.hour % 12 or 12
    am = "AM" if when.hour < 12 else "PM"
    return f"{when:%A}, {MONTHS[when.month - 1]} {when.day}, {when.year} {hour}:{when:%M} {am}"


def _apple_date(when: datetime) -> str:
    hour = when.hour % 12 or 12
    am = "AM" if when.hour < 12 else "PM"
    return f"{MONTHS[when.month - 1]} {when.day}, {when.year} at {hour}:{when:%M:%S} {am} GMT"


def _transport_headers(
    msg: EmailMessage, rng: random.Random, sender: Person, when: datetime, token: str
) -> None:
    """Received and DKIM-Signature headers: the kilobyte real mail carries before its body."""
    domain = sender.email.partition("@")[2]
    hop = when
    for hop_no in range(rng.randint(1, 3)):
        hop = hop + timedelta(seconds=rng.randint(1, 4))
        ip = f"198.51.100.{rng.randint(1, 254)}"
        msg["Received"] = (
            f"from mail{hop_no}.{domain} (mail{hop_no}.{domain} [{ip}]) by mx.brightline.example "
            f"with ESMTPS id {token[:10]}{hop_no}; {format_datetime(hop.astimezone(UTC))}"
        )
    digest = hashlib.sha256(token.encode()).digest()
    signature = hashlib.sha512(token.encode()).hexdigest() * 2
    msg["DKIM-Signature"] = (
        f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=selector1; "
        f"h=from:to:subject:date:message-id; bh={digest.hex()[:43]}=; b={signature[:300]}"
    )


def _attachment_bytes(rng: random.Random, magic: bytes, size: int) -> bytes:
    return magic + rng.randbytes(max(0, size - len(magic)))


def _set_boundaries(msg: EmailMessage, token: str) -> None:
    """Fixed boundaries, because the stdlib generator would draw random ones."""
    for number, part in enumerate(msg.walk()):
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_{token}_{number}")


def _build(
    shape: str,
    *,
    index: int,
    rng: random.Random,
    when: datetime,
    seed: int,
    parents: list[tuple[str, str, Person]],
    body_chars: int,
) -> EmailMessage:
    """One message of ``shape``; ``body_chars`` steers its size."""
    writer = _Writer(rng, when)
    foreign = shape == "non_ascii" or rng.random() < 0.12
    client = rng.choice(FOREIGN if shape == "non_ascii" else CLIENTS)
    ae = AGENCY[0]
    from_ae = shape.startswith("forward") or (shape == "reply" and rng.random() < 0.4)
    sender, recipient = (ae, client) if from_ae else (client, ae)
    subject = f"{rng.choice(CAMPAIGNS).capitalize()}: {rng.choice(DELIVERABLES)}"
    text = writer.body(sender, recipient, body_chars, foreign=foreign)
    token = hashlib.sha1(f"{seed}:{index}".encode()).hexdigest()[:16]
    sent = _local(when, sender)

    msg = EmailMessage()
    _transport_headers(msg, rng, sender, when, token)
    msg["From"] = sender.header()
    msg["To"] = recipient.header()
    if rng.random() < 0.3:
        msg["Cc"] = rng.choice(AGENCY[1:]).header()
    msg["Date"] = format_datetime(sent)
    domain = sender.email.partition("@")[2]
    msg["Message-ID"] = f"<{sent:%Y%m%d%H%M%S}.{token}.{index}@mail.{domain}>"

    if shape == "reply" and parents:
        parent_id, parent_subject, parent_sender = rng.choice(parents)
        is_reply = parent_subject.lower().startswith("re:")
        subject = parent_subject if is_reply else f"Re: {parent_subject}"
        msg["In-Reply-To"] = parent_id
        msg["References"] = parent_id
        history = writer.body(parent_sender, sender, rng.randint(200, 2000), foreign=False)
        if rng.random() < 0.5:
            text += (
                f"\nOn {_gmail_date(_local(when - timedelta(hours=5), sender))} "
                f"{parent_sender.header()} wrote:\n{_quote(history)}\n"
            )
        else:
            text += (
                f"\n-----Original Message-----\nFrom: {parent_sender.header()}\n"
                f"Sent: {_outlook_date(_local(when - timedelta(hours=5), sender))}\n"
                f"To: {sender.header()}\nSubject: {subject[4:]}\n\n{history}"
            )
    elif shape == "reply":
        subject = f"Re: {subject}"

    if shape in ("forward_gmail", "forward_outlook", "forward_apple", "forward_rfc822"):
        original = rng.choice(CLIENTS)
        orig_when = _local(when - timedelta(hours=rng.randint(1, 48)), original)
        orig_subject = subject
        msg.replace_header("To", "intake@brightline.example")
        note = _wrap(writer.paragraph()) + "\n"
        orig_text = writer.body(original, ae, body_chars, foreign=foreign)
        if shape == "forward_rfc822":
            inner = EmailMessage()
            inner["From"] = original.header()
            inner["To"] = ae.header()
            inner["Subject"] = orig_subject
            inner["Date"] = format_datetime(orig_when)
            inner["Message-ID"] = f"<orig.{token}.{index}@{original.email.partition('@')[2]}>"
            inner.set_content(orig_text)
            msg["Subject"] = f"Fwd: {orig_subject}"
            msg.set_content(note)
            msg.add_attachment(inner, filename=f"{orig_subject[:40]}.eml")
            return msg
        if shape == "forward_gmail":
            block = (
                f"---------- Forwarded message ---------\nFrom: {original.header()}\n"
                f"Date: {_gmail_date(orig_when)}\nSubject: {orig_subject}\n"
                f"To: {ae.header()}\n\n\n{orig_text}"
            )
            subject = f"Fwd: {orig_subject}"
        elif shape == "forward_outlook":
            block = (
                f"________________________________\nFrom: {original.header()}\n"
                f"Sent: {_outlook_date(orig_when)}\nTo: {ae.header()}\n"
                f"Subject: {orig_subject}\n\n{orig_text}"
            )
            subject = f"FW: {orig_subject}"
        else:
            block = (
                f"Begin forwarded message:\n\nFrom: {original.header()}\n"
                f"Subject: {orig_subject}\nDate: {_apple_date(orig_when)}\n"
                f"To: {ae.header()}\n\n{orig_text}"
            )
            subject = f"Fwd: {orig_subject}"
        text = f"{note}\n{block}"

    if shape == "auto_reply":
        subject = rng.choice(OOO_SUBJECTS).format(s=subject)
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
        text = (
            f"{writer.fill(rng.choice(OOO_BODIES))}\n\n{sender.name}\n{sender.email}\n\n"
            f"{_wrap(DISCLAIMER)}\n"
        )

    msg["Subject"] = subject
    if shape == "html_only":
        msg.set_content(_html(text), subtype="html")
    elif shape == "alternative":
        msg.set_content(text)
        msg.add_alternative(_html(text), subtype="html")
    elif shape == "quoted_printable":
        msg.set_content(text, cte="quoted-printable")
    elif shape == "base64":
        msg.set_content(text, cte="base64")
    elif shape == "non_ascii" and rng.random() < 0.3:
        msg.set_content(text, charset="utf-8", cte="8bit")
    else:
        msg.set_content(text)
    if shape == "attachment":
        for _ in range(rng.randint(1, 2)):
            ctype, name, magic = rng.choice(ATTACHMENTS)
            maintype, subtype = ctype.split("/")
            data = _attachment_bytes(rng, magic, rng.randint(1024, max(1024, body_chars * 2)))
            msg.add_attachment(
                data, maintype=maintype, subtype=subtype, filename=name.format(n=rng.randint(1, 9))
            )
    return msg


def _messages(n: int, seed: int) -> Iterator[tuple[str, bytes]]:
    """Shape name and raw bytes of each message, in order."""
    if n < 0:
        raise ValueError("n must be >= 0")
    deck_rng = random.Random(f"intake-corpus:{seed}:deck")
    deck: list[str] = []
    parents: list[tuple[str, str, Person]] = []
    for index in range(n):
        if not deck:
            deck = list(DECK)
            deck_rng.shuffle(deck)
        shape = deck.pop()
        rng = random.Random(f"intake-corpus:{seed}:{index}")
        when = EPOCH + timedelta(seconds=rng.randrange(SPAN_DAYS * 86400))
        # Sizes: mostly small, a long tail up to MAX_SIZE.
        target = int(min(MAX_SIZE * 0.8, 400 * 2 ** rng.uniform(0, 5.5)))
        state = rng.getstate()
        for _attempt in range(8):
            rng.setstate(state)
            msg = _build(
                shape,
                index=index,
                rng=rng,
                when=when,
                seed=seed,
                parents=parents,
                body_chars=target,
            )
            _set_boundaries(msg, hashlib.sha1(f"{seed}:{index}".encode()).hexdigest()[:12])
            raw = msg.as_bytes()
            if len(raw) > MAX_SIZE:
                target = target * 2 // 3
            elif len(raw) < MIN_SIZE:
                target += MIN_SIZE
            else:
                break
        else:  # pragma: no cover - the size loop converges long before this
            raise RuntimeError(f"message {index} ({shape}) stays at {len(raw)} bytes")
        if shape == "reply" or shape not in THREADLESS:
            parents.append((str(msg["Message-ID"]), str(msg["Subject"]), _sender_of(msg)))
            if len(parents) > 50:
                parents.pop(0)
        yield shape, raw


def _sender_of(msg: EmailMessage) -> Person:
    address = msg["From"].addresses[0]
    for person in (*AGENCY, *CLIENTS, *FOREIGN):
        if person.email == address.addr_spec:
            return person
    return Person(address.display_name, address.addr_spec, 0)


def generate(n: int, *, seed: int = 7) -> Iterator[bytes]:
    """``n`` raw messages, the same bytes for the same ``(n, seed)``."""
    for _shape, raw in _messages(n, seed):
        yield raw


def main(argv: list[str] | None = None) -> int:
    """Write the corpus into a Maildir and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("maildir", help="Maildir to write into (created when missing)")
    parser.add_argument("-n", "--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    box = mailbox.Maildir(args.maildir, create=True)
    shapes: Counter[str] = Counter()
    sizes: list[int] = []
    started = time.perf_counter()
    for shape, raw in _messages(args.count, args.seed):
        box.add(raw)
        shapes[shape] += 1
        sizes.append(len(raw))
    elapsed = time.perf_counter() - started
    if not sizes:
        print("0 messages")
        return 0
    print(
        f"{len(sizes)} messages, {sum(sizes) / 1024:.0f} KB in {args.maildir} "
        f"({elapsed:.2f} s, {len(sizes) / elapsed:.0f} messages/s)"
    )
    print(f"size bytes: min {min(sizes)}, median {statistics.median(sizes):.0f}, max {max(sizes)}")
    for shape in SHAPES:
        print(f"  {shape:<18} {shapes[shape]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
