"""How many draft mails the AE gets, and whether change orders follow change requests.

Run: .venv/bin/python benchmarks/draft_mails.py

Two sets of client mail go through the real pipeline (classify, extract,
draft) into a fresh SQLite database, one message at a time:

- the labelled set (tests/data/extraction/): one agency holding the set's three
  agency domains, every other sender domain a client; the labels say which
  mails ask for a change;
- a generated week for ten clients, a thread each: a brief, "thanks", two
  changes asked, a call to schedule, a go-ahead, and a reminder that repeats
  the brief's facts and adds one requirement (the mails an AE really gets).

The labelled set is also run as a morning's sync brings it (batches of 50), where a
batch's draft mails are combined (up to 8 client mails a mail).

Printed: draft mails to the AE per client mail (goal <= 0.6), change orders
per mail that asks for changes (goal exactly 1 each), and change orders for
mails that ask none (goal 0), with the mails that miss.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from intake.app import App  # noqa: E402
from intake.clock import FixedClock  # noqa: E402
from intake.config import parse  # noqa: E402
from intake.parsers.evaluation import load_set  # noqa: E402
from intake.parsers.mime import parse_message  # noqa: E402
from intake.sources import MailLocation, RawMail  # noqa: E402
from intake.storage import make_engine, migrate, unit_of_work  # noqa: E402
from models import AuditEvent, Draft, Message, OutboundMail  # noqa: E402

AGENCY_DOMAINS = ["brightlane.agency", "harborfinch.com", "northstarcreative.co.uk"]
NOW = datetime(2026, 12, 31, 12, tzinfo=UTC)


def _app(tmp: Path, client_domains: list[str]) -> App:
    engine = make_engine(f"sqlite:///{tmp / 'drafts.db'}")
    migrate(engine)
    config = parse({
        "agency": {"name": "Brightlane", "timezone": "America/New_York",
                   "ae": "sam.ortiz@brightlane.agency", "intake": "intake@brightlane.agency",
                   "domains": AGENCY_DOMAINS},
        "clients": [{"name": d, "domains": [d]} for d in sorted(set(client_domains))],
        "drafts": {"max_age_days": 3650, "max_per_day": 100_000},
        "outbound": {"mails_per_hour": 100_000},
        "performance": {"workers": 1},
    }, path=tmp / "intake.toml")
    return App(config=config, engine=engine, clock=FixedClock(NOW),
               environ={"INTAKE_SECRET": "benchmark-secret-0123456789"})


def _deliver(app: App, raw: bytes, uid: int) -> dict[str, object]:
    """Run one mail through the pipeline; what it made: kind, draft mails, change orders."""
    with app.factory() as session:
        mails_before = session.scalar(select(func.count()).select_from(OutboundMail)
                                      .where(OutboundMail.kind == "draft")) or 0
    with unit_of_work(app.factory) as session:
        outcome = app.pipeline.process(session, RawMail(MailLocation("ae", "INBOX", 1, uid), raw))
    with app.factory() as session:
        message = session.get(Message, outcome.message_pk) if outcome.message_pk else None
        mails = (session.scalar(select(func.count()).select_from(OutboundMail)
                                .where(OutboundMail.kind == "draft")) or 0) - mails_before
        orders = session.scalar(
            select(func.count()).select_from(AuditEvent)
            .join(Draft, Draft.id == AuditEvent.draft_id)
            .where(AuditEvent.action.in_(("drafted", "updated")), Draft.kind == "change_order",
                   AuditEvent.message_pk == outcome.message_pk)) or 0
        return {"kind": message.kind if message else outcome.status, "mails": mails,
                "orders": orders}


def _report(title: str, results: list[tuple[str, bool, dict[str, object]]]) -> None:
    client = [(name, asks, r) for name, asks, r in results if r["kind"] == "client"]
    mails = sum(int(r["mails"]) for _, _, r in client)  # type: ignore[call-overload]
    asking = [(n, r) for n, asks, r in client if asks]
    not_asking = [(n, r) for n, asks, r in client if not asks]
    per_request = Counter(int(r["orders"]) for _, r in asking)  # type: ignore[call-overload]
    false_orders = [n for n, r in not_asking if int(r["orders"])]  # type: ignore[call-overload]
    missed = [n for n, r in asking if int(r["orders"]) != 1]  # type: ignore[call-overload]
    print(f"{title}: {len(client)} client mails")
    print(f"  draft mails to the AE per client mail: {mails / max(1, len(client)):.2f} "
          f"({mails} mails; goal <= 0.6)")
    print(f"  change orders per mail asking changes: {dict(sorted(per_request.items()))} "
          f"over {len(asking)} mails (goal: all exactly 1)")
    print(f"  change orders for mails asking none:   {len(false_orders)} of {len(not_asking)} "
          f"(goal 0)")
    if missed:
        print(f"    asking, but not exactly one change order: {', '.join(missed)}")
    if false_orders:
        print(f"    a change order though none was asked:     {', '.join(false_orders)}")


def labelled_set() -> None:
    cases = [c for c in load_set(ROOT / "tests" / "data" / "extraction") if not c.auto_reply]
    domains = []
    for case in cases:
        mail = parse_message(case.raw)
        for address in [mail.from_, *(hop.sender for hop in mail.forwards)]:
            domain = address.email.rpartition("@")[2] if address else ""
            if domain and domain not in AGENCY_DOMAINS:
                domains.append(domain)
    with tempfile.TemporaryDirectory() as tmp:
        app = _app(Path(tmp), domains)
        results = [(c.name, bool(c.expected.get("change_requests")), _deliver(app, c.raw, i))
                   for i, c in enumerate(cases, 1)]
        app.close()
    _report("labelled set", results)


def labelled_set_as_a_sync(batch: int = 50) -> None:
    """The same mails as a morning's sync brings them: batches of ``batch``, whose client
    mails' drafts go out in combined mails ([drafts] combine_up_to, default 8)."""
    cases = [c for c in load_set(ROOT / "tests" / "data" / "extraction") if not c.auto_reply]
    domains = [a.email.rpartition("@")[2] for c in cases
               for a in [parse_message(c.raw).from_] if a
               and a.email.rpartition("@")[2] not in AGENCY_DOMAINS]
    forwarded = [h.sender.email.rpartition("@")[2] for c in cases
                 for h in parse_message(c.raw).forwards if h.sender]
    with tempfile.TemporaryDirectory() as tmp:
        app = _app(Path(tmp), [*domains, *[d for d in forwarded if d not in AGENCY_DOMAINS]])
        raws = [RawMail(MailLocation("ae", "INBOX", 1, i), c.raw) for i, c in enumerate(cases, 1)]
        for first in range(0, len(raws), batch):
            app.pipeline.run_batch(app.factory, raws[first:first + batch])
        with app.factory() as session:
            client = session.scalar(select(func.count()).select_from(Message)
                                    .where(Message.kind == "client")) or 0
            mails = session.scalar(select(func.count()).select_from(OutboundMail)
                                   .where(OutboundMail.kind == "draft")) or 0
        app.close()
    print(f"labelled set as one sync (batches of {batch}): {client} client mails")
    print(f"  draft mails to the AE per client mail: {mails / max(1, client):.2f} "
          f"({mails} mails, up to 8 client mails each; goal <= 0.6)")


# -- a generated week ------------------------------------------------------------------------

WEEK = (  # (day, subject prefix, body, asks for changes)
    (0, "", "Hi Sam,\n\nWe need a {job} for {product}. Launch is {due}. Our budget is {budget}."
            "\nAll versions must carry the {rule}. The goal is to grow {metric}.\n\n{name}",
     False),
    (0, "Re: ", "Thanks Sam, great to have you on board!\n\n{name}", False),
    (1, "Re: ", "Hi Sam,\n\nHaving looked at round one: could you make the headline shorter? "
                "And please swap the hero photo for the one with the {thing}.\n\nThanks,\n{name}",
     True),
    (2, "Re: ", "Can we jump on a call Thursday at 3pm to go through it?\n\n{name}", False),
    (3, "Re: ", "Looks good, please go ahead with round two.\n\nSent from my iPhone", False),
    (4, "Re: ", "Hi Sam,\n\nJust a reminder: launch is still {due} and the budget {budget}. "
                "One more thing: legal needs the disclaimer on every frame.\n\n{name}", False),
)
CLIENTS = [
    ("Orbit Bikes", "orbitbikes.example", "Tanya", "spring billboard", "the new frame",
     "red helmet", "the #RideOrbit tag", "test rides"),
    ("Harbor Foods", "harborfoods.example", "Maria", "print ad", "frozen fish sticks",
     "family table", "new logo", "frozen sales"),
    ("Ridgeline Coffee", "ridgelinecoffee.example", "Ben", "label set", "the winter blend",
     "mountain view", "roast date", "online orders"),
    ("Finch Dental", "finchdental.example", "Lena", "mailer", "whitening",
     "smiling patient", "ADA seal", "new patients"),
    ("Cedar Grill", "cedargrill.example", "Omar", "menu insert", "the summer menu",
     "grill close-up", "allergen note", "weekday covers"),
    ("Northfield CU", "northfieldcu.example", "Paula", "radio spot", "home loans",
     "young couple", "NCUA notice", "loan applications"),
    ("Tessellate", "tessellate.example", "Vikram", "landing page", "the API launch",
     "dashboard shot", "SOC 2 badge", "trial sign-ups"),
    ("Greenleaf Markets", "greenleaf.example", "Amy", "circular", "the holiday push",
     "produce aisle", "Greenleaf green", "store visits"),
    ("Kumo Teas", "kumoteas.example", "Hiro", "social set", "matcha",
     "tea ceremony", "organic seal", "followers"),
    ("Bright Smiles", "brightsmiles.example", "Julie", "brochure", "kids' checkups",
     "kids in the chair", "clinic address", "bookings"),
]


def _week_mail(client: tuple[str, ...], step: int, parent: EmailMessage | None) -> EmailMessage:
    _name, domain, person, job, product, thing, rule, metric = client
    day, prefix, body, _asks = WEEK[step]
    when = datetime(2026, 12, 7, 15, tzinfo=UTC) + timedelta(days=day, minutes=17 * step)
    msg = EmailMessage()
    msg["From"] = f"{person} <{person.lower()}@{domain}>"
    msg["To"] = "Sam Ortiz <sam.ortiz@brightlane.agency>"
    msg["Subject"] = f"{prefix}{job.capitalize()} for {product}"
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain=domain)
    if parent is not None:
        msg["In-Reply-To"] = parent["Message-ID"]
        msg["References"] = parent["Message-ID"]
    msg.set_content(body.format(job=job, product=product, due="March 3, 2027",
                                budget="$25,000", rule=rule, metric=metric, name=person,
                                thing=thing))
    return msg


def generated_week() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = _app(Path(tmp), [c[1] for c in CLIENTS])
        results = []
        uid = 0
        for client in CLIENTS:
            parent = None
            for step in range(len(WEEK)):
                mail = _week_mail(client, step, parent)
                parent = parent or mail
                uid += 1
                results.append((f"{client[0]}#{step}", WEEK[step][3],
                                _deliver(app, mail.as_bytes(), uid)))
        app.close()
    _report("generated week, 10 clients", results)


if __name__ == "__main__":
    labelled_set()
    labelled_set_as_a_sync()
    generated_week()
