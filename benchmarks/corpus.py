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
from email.headerregistry import Address
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
class _Parent:
    """An earlier message a reply can answer."""

    message_id: str
    subject: str
    sender: Person
    recipient: Person
    when: datetime


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
FOREIGN = (  # mostly people at the demo clients, so non-ASCII mail reaches extraction
    Person("José Álvarez", "jose.alvarez@harborfoods.example", -6),
    Person("Zoë Lefèvre", "zoe.lefevre@alpinetours.example", 1),
    Person("Søren Østergaard", "soren@kestrel.example", -8),
    Person("Małgorzata Wójcik", "m.wojcik@northwindbank.example", -5),
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
    "The deadline for the {d} is {wd}, {date}.",
    "Cancel the billboard and move that money to paid search.",
    "Attached are the notes from yesterday's call about the {c}.",
)
# Foreign-language sentences by language; one message sticks to one language.
FOREIGN_SENTENCES: dict[str, tuple[str, ...]] = {
    "de": (
        "Könnten Sie uns den Entwurf bis zum {dmy} schicken?",
        "Das Budget für die Kampagne beträgt CHF {money:,}.",
        "Bitte ersetzen Sie das Titelbild durch das neue Gletscherfoto.",
        "Vielen Dank und freundliche Grüsse aus Zürich.",
    ),
    "fr": (
        "Pourriez-vous nous envoyer la maquette avant le {dmy} ?",
        "Le budget est de {money:,} € pour la production.",
        "Merci de retirer la page sur Lucerne de la brochure.",
        "Nous avons hâte de voir la première version.",
    ),
    "es": (
        "¿Podrían enviarnos la propuesta antes del {dmy}?",
        "El presupuesto para los anuncios en español es de ${money:,}.",
        "Por favor, cambien el titular de la página de recetas.",
        "Gracias por la rápida respuesta.",
    ),
    "pl": (
        "Czy możecie przesłać projekt do {dmy}?",
        "Budżet wynosi {money:,} zł.",
        "Proszę usunąć zdjęcie z okładki i dodać nowe logo.",
    ),
    "da": (
        "Kan I sende udkastet inden {dmy}?",
        "Vi glæder os til at se det første udkast.",
        "Budgettet er på {money:,} kr.",
    ),
    "ja": (
        "{dmy}までに初稿をお送りいただけますか。",
        "予算は{money:,}円です。",
        "よろしくお願いいたします。",
    ),
}
# Out-of-office replies: subject and body in the same language.
OUT_OF_OFFICE = (
    ("Automatic reply: {s}", "I am out of the office until {date} with limited access to email."),
    ("Out of Office: {s}", "I am travelling and will reply when I am back on {wd}, {date}."),
    ("Autoreply: {s}", "Thanks for your note. I'm offline until {date}."),
    ("Abwesenheitsnotiz: {s}", "Ich bin bis zum {dmy} nicht im Büro."),
    (
        "Réponse automatique : {s}",
        "Je suis absente jusqu'au {dmy}. Merci de votre patience.",
    ),
    ("Respuesta automática: {s}", "Estoy fuera de la oficina hasta el {dmy}."),
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
        self.language = rng.choice(sorted(FOREIGN_SENTENCES))

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
            wd=f"{due:%A}",
            weekday=rng.choice(WEEKDAYS),
            money=rng.randrange(2, 120) * 500,
            money2=rng.randrange(1, 40) * 250,
            pct=rng.randint(5, 30),
            num=rng.randrange(2, 60) * 50,
        )

    def paragraph(self, *, foreign: bool = False) -> str:
        pool = FOREIGN_SENTENCES[self.language] if foreign else SENTENCES
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
    offset = int(when.utcoffset().total_seconds() // 3600) if when.utcoffset() else 0
    zone = f"GMT{offset:+d}" if offset else "GMT"
    return f"{MONTHS[when.month - 1]} {when.day}, {when.year} at {hour}:{when:%M:%S} {am} {zone}"


def _transport_headers(
    msg: EmailMessage, rng: random.Random, sender: Person, when: datetime, token: str
) -> None:
    """Received and Authentication-Results headers: the bulk real mail carries before its body.

    No DKIM-Signature: one that cannot verify would send a checker to DNS.
    """
    domain = sender.email.partition("@")[2]
    hops = []
    hop = when
    for hop_no in range(rng.randint(1, 3)):
        hop = hop + timedelta(seconds=rng.randint(1, 4))
        ip = f"198.51.100.{rng.randint(1, 254)}"
        hops.append(
            f"from mail{hop_no}.{domain} (mail{hop_no}.{domain} [{ip}]) by mx.brightline.example "
            f"with ESMTPS id {token[:10]}{hop_no}; {format_datetime(hop.astimezone(UTC))}"
        )
    for received in reversed(hops):  # the last hop is written on top
        msg["Received"] = received
    msg["Authentication-Results"] = (
        f"mx.brightline.example; spf=pass smtp.mailfrom={sender.email}; "
        f"dkim=pass header.d={domain} header.s=selector1 header.b={token[:8]}; "
        f"dmarc=pass (p=quarantine) header.from={domain}"
    )
    msg["X-Spam-Status"] = f"No, score=-{rng.randint(1, 40) / 10:.1f} required=5.0 tests=none"


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
    parent: _Parent | None,
    body_chars: int,
) -> EmailMessage:
    """One message of ``shape``; ``body_chars`` steers its size."""
    writer = _Writer(rng, when)
    foreign = shape == "non_ascii" or rng.random() < 0.12
    client = rng.choice(FOREIGN if shape == "non_ascii" else CLIENTS)
    ae = AGENCY[0]
    from_ae = shape.startswith("forward") or (shape == "reply" and rng.random() < 0.4)
    sender, recipient = (ae, client) if from_ae else (client, ae)
    if shape == "reply" and parent is not None:  # answer whoever wrote the parent
        sender, recipient = parent.recipient, parent.sender
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

    if shape == "reply" and parent is not None:
        parent_sender = parent.sender
        parent_sent = _local(parent.when, sender)
        is_reply = parent.subject.lower().startswith("re:")
        subject = parent.subject if is_reply else f"Re: {parent.subject}"
        msg["In-Reply-To"] = parent.message_id
        msg["References"] = parent.message_id
        history = writer.body(parent_sender, sender, rng.randint(200, 2000), foreign=False)
        if rng.random() < 0.5:
            text += (
                f"\nOn {_gmail_date(parent_sent)} "
                f"{parent_sender.header()} wrote:\n{_quote(history)}\n"
            )
        else:
            text += (
                f"\n-----Original Message-----\nFrom: {parent_sender.header()}\n"
                f"Sent: {_outlook_date(parent_sent)}\n"
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
        ooo_subject, ooo_body = rng.choice(OUT_OF_OFFICE)
        subject = ooo_subject.format(s=subject)
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
        text = f"{writer.fill(ooo_body)}\n\n{sender.name}\n{sender.email}\n\n{_wrap(DISCLAIMER)}\n"

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
    parents: list[_Parent] = []
    for index in range(n):
        if not deck:
            deck = list(DECK)
            deck_rng.shuffle(deck)
        shape = deck.pop()
        rng = random.Random(f"intake-corpus:{seed}:{index}")
        parent = rng.choice(parents) if shape == "reply" and parents else None
        if parent is not None:  # replies come minutes to days after their parent
            when = parent.when + timedelta(minutes=rng.randint(12, 4 * 24 * 60))
        else:
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
                parent=parent,
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
        if shape not in THREADLESS:
            parents.append(
                _Parent(
                    str(msg["Message-ID"]),
                    str(msg["Subject"]),
                    _person(msg["From"].addresses[0]),
                    _person(msg["To"].addresses[0]),
                    when,
                )
            )
            if len(parents) > 50:
                parents.pop(0)
        yield shape, raw


def _person(address: Address) -> Person:
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
