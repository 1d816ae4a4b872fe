"""Classification rules on hand-built ParsedMail values (no parsing, no database)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from intake.classify import AE, CLIENT, DRAFT_REPLY, IGNORED, Context, classify
from intake.clients import ClientDirectory
from intake.config import AgencyConfig, ClientConfig
from intake.parsers.types import Address, ForwardedMail, ParsedMail

AGENCY = AgencyConfig(
    name="Brightline",
    timezone="America/New_York",
    ae="dana@brightline.example",
    intake="intake@brightline.example",
    traffic="traffic@brightline.example",
    coordinator="ac@brightline.example",
    domains=("brightline.example",),
)
HARBOR = ClientConfig("Harbor Foods", domains=("harborfoods.example",))
KESTREL = ClientConfig("Kestrel Software", domains=(), contacts=("ceo@gmail.example",))
CTX = Context(AGENCY, ClientDirectory.build([HARBOR, KESTREL], AGENCY))

MARIA = Address("Maria Chen", "maria@harborfoods.example")
DANA = Address("Dana Reyes", "dana@brightline.example")


def mail(**changes: object) -> ParsedMail:
    base = ParsedMail(
        message_id="m1@harborfoods.example",
        subject="Spring campaign",
        from_=MARIA,
        date=None,
        to=(DANA,),
        text="Can we launch on March 3?",
        new_text="Can we launch on March 3?",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def headers(**values: str) -> dict[str, tuple[str, ...]]:
    return {k.replace("_", "-").lower(): (v,) for k, v in values.items()}


def test_client_mail_by_domain_and_subdomain() -> None:
    verdict = classify(mail(), CTX)
    assert (verdict.kind, verdict.client) == (CLIENT, HARBOR)
    sub = mail(from_=Address("", "ops@mail.harborfoods.example"))
    assert classify(sub, CTX).client == HARBOR


def test_client_by_contact_address_at_a_free_mail_domain() -> None:
    verdict = classify(mail(from_=Address("Kim", "CEO@gmail.example")), CTX)
    assert (verdict.kind, verdict.client) == (CLIENT, KESTREL)


def test_unknown_sender_is_ignored_with_a_reason() -> None:
    verdict = classify(mail(from_=Address("", "someone@else.example")), CTX)
    assert (verdict.kind, verdict.reason) == (IGNORED, "unknown-sender")


@pytest.mark.parametrize(
    ("hdrs", "reason"),
    [
        (headers(auto_submitted="auto-replied"), "out-of-office"),
        (headers(auto_submitted="auto-notified"), "auto-generated"),
        (headers(auto_submitted="auto-generated"), "auto-generated"),
        (headers(precedence="bulk"), "bulk"),
        (headers(precedence="junk"), "bulk"),
        (headers(precedence="list"), "bulk"),
        (headers(list_id="<news.harborfoods.example>"), "bulk"),
        (headers(return_path="<>"), "auto-generated"),
        (headers(x_autoreply="yes"), "out-of-office"),
    ],
)
def test_auto_generated_and_bulk_mail_is_ignored(
    hdrs: dict[str, tuple[str, ...]], reason: str
) -> None:
    verdict = classify(mail(headers=hdrs), CTX)
    assert (verdict.kind, verdict.reason) == (IGNORED, reason)


def test_auto_submitted_no_and_x_auto_response_suppress_are_people() -> None:
    hdrs = headers(auto_submitted="no", x_auto_response_suppress="All")
    assert classify(mail(headers=hdrs), CTX).kind == CLIENT


@pytest.mark.parametrize(
    "subject",
    [
        "Out of Office: Spring campaign",
        "Automatic reply: Spring campaign",
        "AutoReply: away",
        "Absence du bureau",
        "Réponse automatique : Spring campaign",
        "Abwesenheitsnotiz: Spring campaign",
        "Automatische Antwort: Spring campaign",
        "Respuesta automática: Spring campaign",
        "Fuera de la oficina",
    ],
)
def test_out_of_office_by_subject_in_four_languages(subject: str) -> None:
    verdict = classify(mail(subject=subject), CTX)
    assert (verdict.kind, verdict.reason) == (IGNORED, "out-of-office")


def test_a_subject_that_merely_mentions_the_office_is_client_mail() -> None:
    assert classify(mail(subject="New office opening: out of office hours ads"), CTX).kind == CLIENT


@pytest.mark.parametrize(
    "changes",
    [
        {"content_type": "multipart/report"},
        {"from_": Address("Mail Delivery System", "MAILER-DAEMON@mx.example")},
        {"from_": Address("", "postmaster@harborfoods.example")},
        {"from_": Address("", "postmaster\\@harborfoods.example")},
        {"headers": headers(return_path="<MAILER-DAEMON@mx.harborfoods.example>")},
        {"bounced": ("dana@brightline.example",)},
        {"subject": "Returned Mail - Error During Delivery"},
        {"subject": "Undeliverable: Spring campaign"},
        {"subject": "Mail delivery failed: returning message to sender"},
        {"subject": "Delivery failure notification"},
        {"subject": "Delivery Status Notification (Failure)"},
        {"subject": "Mail could not be delivered"},
        {"subject": "Non remis : Spring campaign"},
        {"subject": "Unzustellbar: Spring campaign"},
        {"subject": "No se puede entregar: Spring campaign"},
    ],
)
def test_bounces(changes: dict[str, object]) -> None:
    verdict = classify(mail(**changes), CTX)
    assert (verdict.kind, verdict.reason) == (IGNORED, "bounce")


@pytest.mark.parametrize("subject", [
    "Delivery of the brochures",
    "Delivery failure at the warehouse - new date?",
    "Returned mail pieces from the spring drop",
    "Undelivered posters",
    "Re: Undeliverable: Spring campaign - I think your address changed",
    "Delayed mail drop, sorry",
    "Failure notice from the printer about the paper stock",
    "Message not delivered to the printer yet?",
])
def test_a_person_writing_about_deliveries_is_client_mail(subject: str) -> None:
    verdict = classify(mail(subject=subject), CTX)
    assert verdict.kind == CLIENT, verdict.reason


def test_our_own_mail_coming_back() -> None:
    ours = mail(from_=Address("intake", "intake@brightline.example"))
    assert classify(ours, CTX).reason == "own-mail"
    marked = mail(headers=headers(x_intake_outbound="draft"))
    assert classify(marked, CTX).reason == "own-mail"


def test_the_ae_writing_to_a_client() -> None:
    verdict = classify(mail(from_=DANA, to=(MARIA,)), CTX)
    assert (verdict.kind, verdict.client) == (AE, HARBOR)


def test_the_ae_writing_internally_is_not_client_mail() -> None:
    verdict = classify(mail(from_=DANA, to=(Address("", "traffic@brightline.example"),)), CTX)
    assert (verdict.kind, verdict.reason) == (IGNORED, "internal")


def test_a_forward_by_the_ae_is_credited_to_the_client() -> None:
    hop = ForwardedMail(style="gmail", sender=MARIA, date=None, subject="Spring", text="Launch!")
    forward = mail(
        from_=DANA,
        to=(Address("", "intake@brightline.example"),),
        forwards=(hop,),
        new_text="FYI",
    )
    verdict = classify(forward, CTX)
    assert (verdict.kind, verdict.client, verdict.original) == (CLIENT, HARBOR, hop)
    assert verdict.sender == MARIA


def test_a_forward_of_a_forward_credits_the_first_hop_outside_the_agency() -> None:
    colleague = ForwardedMail("outlook", Address("Sam", "sam@brightline.example"), None, "Fw")
    client = ForwardedMail("gmail", MARIA, None, "Spring")
    verdict = classify(mail(from_=DANA, forwards=(colleague, client)), CTX)
    assert verdict.original == client and verdict.client == HARBOR


def test_a_forward_from_a_stranger_is_ignored_but_remembers_the_sender() -> None:
    hop = ForwardedMail("apple", Address("", "x@stranger.example"), None, "Hi")
    verdict = classify(mail(from_=DANA, forwards=(hop,)), CTX)
    assert (verdict.kind, verdict.reason, verdict.original) == (IGNORED, "unknown-sender", hop)


def test_a_reply_to_a_draft_is_recognised_by_plus_address_or_token() -> None:
    to_token = mail(from_=DANA, to=(Address("", "intake+AbC123xyz@brightline.example"),))
    verdict = classify(to_token, CTX)
    assert (verdict.kind, verdict.token) == (DRAFT_REPLY, "AbC123xyz")
    in_body = mail(
        from_=DANA,
        to=(Address("", "intake@brightline.example"),),
        new_text="confirm\n\nintake-token: Zz9yX8wV7u",
    )
    assert classify(in_body, CTX).token == "Zz9yX8wV7u"


def test_a_plus_address_from_someone_else_is_not_a_draft_reply() -> None:
    forged = mail(to=(Address("", "intake+AbC123xyz@brightline.example"),))
    assert classify(forged, CTX).kind == CLIENT


def test_mail_to_the_intake_mailbox_with_a_token_answers_a_draft_whoever_sent_it() -> None:
    """Classify decides it once; the drafting hook applies or refuses (a forgery is refused
    and the AE told), so the answer must be marked even for a stranger or an auto-reply."""
    to_intake = (Address("", "intake+AbC123xyz@brightline.example"),)
    reply = classify(mail(from_=DANA, to=to_intake), CTX)
    assert (reply.kind, reply.to_intake, reply.answers_draft) == (DRAFT_REPLY, True, True)
    forged = classify(mail(to=to_intake), CTX)
    assert (forged.kind, forged.token, forged.answers_draft) == (CLIENT, "AbC123xyz", True)
    auto = classify(mail(from_=DANA, to=to_intake, subject="Out of office: Re: draft"), CTX)
    assert (auto.kind, auto.reason, auto.answers_draft) == (IGNORED, "out-of-office", True)


def test_our_own_mail_and_bounces_never_answer_a_draft() -> None:
    to_intake = (Address("", "intake+AbC123xyz@brightline.example"),)
    ours = classify(mail(from_=Address("", "intake@brightline.example"), to=to_intake), CTX)
    assert (ours.token, ours.answers_draft) == ("AbC123xyz", False)
    marked = classify(mail(from_=DANA, to=to_intake,
                           headers=headers(**{"x-intake-outbound": "draft"})), CTX)
    assert marked.answers_draft is False
    bounce = classify(mail(from_=Address("", "MAILER-DAEMON@mx.brightline.example"),
                           to=to_intake), CTX)
    assert (bounce.reason, bounce.answers_draft) == ("bounce", False)


def test_a_draft_token_in_mail_to_someone_else_answers_nothing() -> None:
    """The AE forwarding a draft mail (token in the body) to a colleague."""
    forwarded = classify(mail(from_=DANA, to=(Address("", "lee@brightline.example"),),
                              new_text="FYI\n\nintake-token: Zz9yX8wV7u"), CTX)
    assert (forwarded.kind, forwarded.token) == (DRAFT_REPLY, "Zz9yX8wV7u")
    assert (forwarded.to_intake, forwarded.answers_draft) == (False, False)
    plain = classify(mail(), CTX)
    assert (plain.token, plain.to_intake, plain.answers_draft) == (None, False, False)
