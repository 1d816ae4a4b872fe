"""Classify stage: decides what one parsed message is to us.

Input: a :class:`ParsedMail` and who the agency and its clients are.
Output: a :class:`Classification`: client mail (credited to the client even
when the AE forwarded it), the AE's own mail to a client, a reply to one of
our drafts, or ignored with a reason. Pure: no database.

The checks run in the order of :data:`CHECKS`; the first that decides wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from intake.clients import ClientDirectory
from intake.config import AgencyConfig, ClientConfig
from intake.parsers.types import Address, ForwardedMail, ParsedMail

CLIENT = "client"
AE = "ae"
DRAFT_REPLY = "draft_reply"
IGNORED = "ignored"

# The header intake puts on every mail it sends, to recognise it coming back.
OUTBOUND_MARKER = "x-intake-outbound"
# How a draft's token appears in a reply body when the plus-address was stripped.
TOKEN_IN_BODY = re.compile(r"\bintake-token:\s*([A-Za-z0-9_.-]{8,})", re.IGNORECASE)

BOUNCE_SENDERS = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mdaemon)@", re.IGNORECASE)
# Subjects only delivery reports use, in English, French, German and Spanish: whole MTA
# phrases, anchored at the start, never a word a person's subject could begin with
# ("Delivery of the brochures", "Undelivered posters?" stay person's mail).
BOUNCE_SUBJECTS = re.compile(
    r"""^\s*(?:
        returned\ mail\s*(?::|-|$) | undeliverable(?:\ mail)?\s*:
      | undeliverable\ (?:mail|message)\s*$
      | undelivered\ mail\ returned\ to\ sender | delivery\ status\ notification
      | mail\ delivery\ (?:failed|failure|warning|subsystem|system)
      | delivery\ failure(?:\ notification)?\s*(?::|$) | delivery\ has\ failed
      | delivery\ notification:\ delivery\ has | mail\ could\ not\ be\ delivered
      | message\ (?:could\ not\ be|not)\ delivered\s*(?::|$) | failure\ notice\s*$
      | mail\ system\ error | nondeliverable\ mail | non[-\ ]delivery\ (?:report|notification)
      | warning:\ could\ not\ send\ message | delayed\ mail\s*\( | delivery\ delayed\s*(?::|$)
      | non\ remis\s*: | [ée]chec\ de\ (?:la\ )?remise | message\ non\ (?:remis|d[ée]livr[ée])
      | unzustellbar | nicht\ zustellbar | zustellung\ fehlgeschlagen
      | fehler\ bei\ der\ zustellung | no\ se\ puede\ entregar | no\ entregado\s*:
      | error\ en\ la\ entrega | mensaje\ no\ entregado
    )""",
    re.IGNORECASE | re.VERBOSE,
)
NOREPLY_SENDERS = re.compile(r"^(no-?reply|do-?not-?reply|bounces?)[+@.-]", re.IGNORECASE)
# Out-of-office subjects in English, French, German, Spanish (and the common vendor forms).
OUT_OF_OFFICE = re.compile(
    r"""^\s*(
        out\ of\ (the\ )?office | automatic\ reply | auto(matic)?[-\ ]?reply | autoreply
      | auto[-\ ]?response | away\ from\ (the\ )?office | on\ vacation | on\ leave
      | absence\ du\ bureau | absent(e)?\ du\ bureau | r[ée]ponse\ automatique
      | message\ d'absence | abwesenheitsnotiz | automatische\ antwort | abwesend
      | nicht\ im\ b[üu]ro | respuesta\ autom[áa]tica | fuera\ de\ (la\ )?oficina
      | ausente | respuesta\ de\ ausencia
    )""",
    re.IGNORECASE | re.VERBOSE,
)
BULK_PRECEDENCE = frozenset({"bulk", "junk", "list"})


@dataclass(frozen=True, slots=True)
class Classification:
    """The verdict on one message.

    ``sender`` is who we credit: the original sender for a forward, else From.
    ``original`` is the forwarded message that was credited, if any.
    ``token`` is a draft token the mail carries: in the AE's reply to a draft,
    or in any mail to the intake mailbox. ``to_intake`` says the intake mailbox
    is a recipient. ``answers_draft`` says the drafting service must judge it as
    an answer to a draft (apply it, or refuse it and tell the AE): a token sent
    to the intake mailbox by anyone but intake itself, bounces aside.
    """

    kind: str
    reason: str | None = None
    client: ClientConfig | None = None
    sender: Address | None = None
    original: ForwardedMail | None = None
    token: str | None = None
    to_intake: bool = False
    answers_draft: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    """What the classifier knows about the world besides the message."""

    agency: AgencyConfig
    directory: ClientDirectory


Check = Callable[[ParsedMail, Context], Classification | None]


def _ignored(reason: str, mail: ParsedMail) -> Classification:
    return Classification(IGNORED, reason=reason, sender=mail.from_)


def _from_email(mail: ParsedMail) -> str:
    return mail.from_.email if mail.from_ else ""


def check_own_mail(mail: ParsedMail, ctx: Context) -> Classification | None:
    """Our own outbound mail seen again (a copy in Sent, a loop, a bounce-back).

    Recognised by our marker header, by the intake address as sender, or by an
    auto-submitted mail from the agency whose Message-ID is of an agency domain
    (what intake sends on the AE's behalf; the AE's own mail is never
    auto-submitted).
    """
    if bounce_reason(mail) is not None:
        return None  # a delivery report about our mail is a bounce
    if mail.header(OUTBOUND_MARKER) is not None:
        return _ignored("own-mail", mail)
    sender = _from_email(mail)
    if sender == ctx.agency.intake:
        return _ignored("own-mail", mail)
    if _is_auto_submitted(mail) and ctx.directory.is_agency(sender):
        id_domain = (mail.message_id or "").rpartition("@")[2].lower()
        if id_domain and ctx.directory.is_agency(f"x@{id_domain}"):
            return _ignored("own-mail", mail)
    return None


def _is_auto_submitted(mail: ParsedMail) -> bool:
    auto = (mail.header("auto-submitted") or "").strip().lower()
    return bool(auto) and not auto.startswith("no")


def bounce_reason(mail: ParsedMail) -> str | None:
    """Delivery reports: what flufl.bounce recognises (``ParsedMail.bounced``), a
    multipart/report, a MAILER-DAEMON or postmaster sender or envelope sender, or a
    subject only MTAs write."""
    if (mail.bounced or mail.delayed or mail.content_type == "multipart/report"
            or BOUNCE_SENDERS.match(_plain_local(_from_email(mail)))
            or BOUNCE_SENDERS.match(_plain_local(mail.header("return-path") or ""))
            or BOUNCE_SUBJECTS.match(mail.subject)):
        return "bounce"
    return None


def _plain_local(address: str) -> str:
    """``"postmaster\\@x"`` and ``<MAILER-DAEMON@x>`` as a plain address to match."""
    return address.strip().strip("<>").replace("\\", "").replace('"', "")


def auto_submitted_reason(mail: ParsedMail) -> str | None:
    """RFC 3834 ``Auto-Submitted`` (anything but ``no``) and the vendor auto-reply headers.

    ``auto-replied`` answers a person's mail (vacation, out-of-office);
    ``auto-generated`` and ``auto-notified`` are machines talking.
    ``X-Auto-Response-Suppress`` is deliberately not here: Outlook puts it on
    ordinary mail written by people.
    """
    if _is_auto_submitted(mail):
        auto = (mail.header("auto-submitted") or "").strip().lower()
        replied = auto.startswith("auto-replied") or OUT_OF_OFFICE.match(mail.subject)
        return "out-of-office" if replied else "auto-generated"
    if (mail.header("x-autoreply") or "").strip().lower() in ("yes", "true"):
        return "out-of-office"
    if mail.header("x-autorespond") is not None:
        return "out-of-office"
    return_path = mail.header("return-path")
    if return_path is not None and return_path.strip() in ("<>", ""):
        return "auto-generated"
    return None


def bulk_reason(mail: ParsedMail) -> str | None:
    """Mailing lists and bulk mail: ``Precedence: bulk/junk/list``, ``List-Id``, no-reply."""
    precedence = (mail.header("precedence") or "").strip().lower()
    if precedence in BULK_PRECEDENCE or mail.header("list-id") is not None:
        return "bulk"
    if NOREPLY_SENDERS.match(_from_email(mail)):
        return "auto-generated"
    return None


def out_of_office_reason(mail: ParsedMail) -> str | None:
    """Auto-replies whose only sign is the subject (common from mobile and webmail)."""
    return "out-of-office" if OUT_OF_OFFICE.match(mail.subject) else None


# Signs that a machine wrote the mail, strongest first. They need nothing but
# the message, so ``intake extract`` uses them without a config.
MACHINE_SIGNS: tuple[Callable[[ParsedMail], str | None], ...] = (
    bounce_reason,  # delivery reports
    auto_submitted_reason,  # RFC 3834 and vendor auto-reply headers
    bulk_reason,  # lists and bulk senders
    out_of_office_reason,  # auto-replies recognised by subject only
)


def machine_reason(mail: ParsedMail) -> str | None:
    """Why a machine, not a person, wrote this mail; None for a person's mail."""
    for sign in MACHINE_SIGNS:
        reason = sign(mail)
        if reason is not None:
            return reason
    return None


def check_machine_mail(mail: ParsedMail, ctx: Context) -> Classification | None:
    """Bounces, auto-replies and bulk mail: never acted on, never answered."""
    reason = machine_reason(mail)
    return _ignored(reason, mail) if reason is not None else None


def check_draft_reply(mail: ParsedMail, ctx: Context) -> Classification | None:
    """The AE answering one of our drafts: a plus-address of the intake mailbox or a token."""
    if _from_email(mail) not in ctx.agency.ae_addresses:
        return None
    token = draft_token(mail, ctx.agency)
    if token is None:
        return None
    return Classification(DRAFT_REPLY, sender=mail.from_, token=token)


def draft_token(mail: ParsedMail, agency: AgencyConfig) -> str | None:
    """The draft token of a reply: from ``intake+TOKEN@`` recipients, else from the body."""
    local, domain = agency.intake_local_part, agency.intake_domain
    recipients = [*mail.to, *mail.cc]
    recipients += [
        Address("", v.strip("<> ").lower()) for v in mail.headers.get("delivered-to", ())
    ]
    for address in recipients:
        box, _, dom = address.email.partition("@")
        base, plus, tag = box.partition("+")
        if plus and base == local and dom == domain and tag:
            return tag
    found = TOKEN_IN_BODY.search(mail.new_text) or TOKEN_IN_BODY.search(mail.text)
    return found.group(1) if found else None


def check_forward(mail: ParsedMail, ctx: Context) -> Classification | None:
    """A forward by the agency: credit the first hop written outside the agency."""
    if not mail.forwards or not ctx.directory.is_agency(_from_email(mail)):
        return None
    for hop in mail.forwards:
        sender = hop.sender.email if hop.sender else ""
        if sender and not ctx.directory.is_agency(sender):
            client = ctx.directory.match(sender)
            if client is None:
                return Classification(
                    IGNORED, reason="unknown-sender", sender=hop.sender, original=hop
                )
            return Classification(CLIENT, client=client, sender=hop.sender, original=hop)
    return None


def check_agency_mail(mail: ParsedMail, ctx: Context) -> Classification | None:
    """Mail written by the AE: to a client it is the AE's answer; otherwise internal."""
    if not ctx.directory.is_agency(_from_email(mail)):
        return None
    for address in (*mail.to, *mail.cc):
        client = ctx.directory.match(address.email)
        if client is not None:
            return Classification(AE, client=client, sender=mail.from_)
    return _ignored("internal", mail)


def check_client(mail: ParsedMail, ctx: Context) -> Classification | None:
    """Mail from a client's domain or a listed contact address."""
    client = ctx.directory.match(_from_email(mail))
    if client is None:
        return None
    return Classification(CLIENT, client=client, sender=mail.from_)


# The order matters: mail we must never answer is recognised before anything
# that could make us act on it.
CHECKS: tuple[Check, ...] = (
    check_own_mail,  # our own mail coming back: never act on it
    check_machine_mail,  # bounces, auto-replies, bulk (MACHINE_SIGNS)
    check_draft_reply,  # the AE answering a draft (needs a token)
    check_forward,  # the AE forwarding client mail: credit the client
    check_agency_mail,  # the AE writing to a client
    check_client,  # a client writing to us
)


def classify(mail: ParsedMail, ctx: Context) -> Classification:
    """Run :data:`CHECKS` in order (a mail nobody claims is from an unknown sender), then
    mark what the verdict means for the drafts (:func:`mark_draft_answer`)."""
    verdict = next((v for check in CHECKS if (v := check(mail, ctx)) is not None), None)
    return mark_draft_answer(mail, ctx, verdict or _ignored("unknown-sender", mail))


def mark_draft_answer(mail: ParsedMail, ctx: Context, verdict: Classification) -> Classification:
    """Whether this mail is an attempt to answer one of our drafts.

    Only mail to the intake mailbox can be one: a draft mail quoted between
    other people, or forwarded by the AE to a colleague, is none of our
    business. There any token counts, whoever sent it (a forgery or an
    auto-reply is refused and the AE told), except our own mail coming back
    and bounces of it. Tokens are searched for only there: searching every
    client mail's body would cost more than storing it.
    """
    to_intake = addressed_to_intake(mail, ctx.agency)
    token = verdict.token or (draft_token(mail, ctx.agency) if to_intake else None)
    if not to_intake and token is None:
        return verdict
    ours = (verdict.reason == "bounce" or mail.header(OUTBOUND_MARKER) is not None
            or _from_email(mail) == ctx.agency.intake)
    return replace(verdict, token=token, to_intake=to_intake,
                   answers_draft=token is not None and to_intake and not ours)


def addressed_to_intake(mail: ParsedMail, agency: AgencyConfig) -> bool:
    """Whether the intake mailbox (``intake@`` or ``intake+tag@``) is a recipient, by To, Cc,
    ``Delivered-To`` or ``X-Original-To``."""
    addresses = [a.email for a in (*mail.to, *mail.cc)]
    for header in ("delivered-to", "x-original-to"):
        addresses += [v.strip("<> ").lower() for v in mail.headers.get(header, ())]
    for address in addresses:
        box, _, domain = address.lower().partition("@")
        if box.partition("+")[0] == agency.intake_local_part and domain == agency.intake_domain:
            return True
    return False
