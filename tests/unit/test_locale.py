"""The sender's date order and currency when the config is silent (intake.parsers.locale)."""

from __future__ import annotations

import pytest

from intake.parsers.extract import extract_message
from intake.parsers.locale import currency_for, day_first_for, domain_country, numeric_order
from intake.parsers.mime import parse_message


@pytest.mark.parametrize(("text", "order"), [
    ("We'd like proofs by 18/12 and the final print on 11/01.", "day"),
    ("Files by 25.01.2027, please.", "day"),
    ("Die Flyer brauchen wir bis 14.12.", "day"),
    ("Proofs by 12/18 and print on 1/11.", "month"),
    ("Proofs by 11/01.", None),  # ambiguous alone
    ("First draft by 05.02.2027, final files by 12/03/2027.", "day"),  # dotted, with a year
    ("Due 12/18/2026 and 05.02.2027.", None),  # conflicting: no verdict
    ("Both 18/12 and 12/18 appear here.", None),  # conflicting: no verdict
    # numbers that are not dates
    ("The shoot takes 3.5 hours and costs 9.800 Euro.", None),
    ("Call me at 10.30 tomorrow.", None),
    ("Version 2.1 is live; the price is $14.99.", None),
    ("Our support line is open 24/7.", None),  # a phrase, not 24 July
])
def test_numeric_order(text: str, order: str | None) -> None:
    assert numeric_order(text) == order


@pytest.mark.parametrize(("email", "country", "currency"), [
    ("gwen@lloydsolicitors.co.uk", "uk", "GBP"),
    ("s.brandt@seehotel-brandt.de", "de", "EUR"),
    ("lena@fischer-optik.ch", "ch", "CHF"),
    ("dana@crumbandco.com", None, None),
    ("ruth@brightfuturefund.org", None, None),
    (None, None, None),
])
def test_the_country_of_a_domain(email: str | None, country: str | None,
                                 currency: str | None) -> None:
    assert domain_country(email) == country
    assert currency_for(email) == currency


def test_day_first_from_the_message_then_the_language_then_the_domain() -> None:
    # the message's own dates win over the domain
    assert day_first_for("Proofs by 12/18.", language="en", email="a@x.co.uk") is False
    assert day_first_for("Proofs by 18/12.", language="en", email="a@x.com") is True
    assert day_first_for("Les fichiers pour le 04/12.", language="fr", email="a@x.com") is True
    assert day_first_for("Files for the 04/12.", language="en", email="a@x.co.uk") is True
    assert day_first_for("Files for the 04/12.", language="en", email="a@x.com") is False


def _mail(sender: str, body: str) -> bytes:
    return (f"From: Client <{sender}>\r\nTo: ae@agency.example\r\n"
            "Date: Wed, 2 Dec 2026 09:00:00 +0000\r\nSubject: brochure\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n").encode()


def test_a_british_client_with_no_locale_configured_is_read_day_first_in_pounds() -> None:
    mail = parse_message(_mail("gwen@lloydsolicitors.co.uk",
                               "Final print on 11/01. The budget is 12k."))
    found = extract_message(mail, timezone="Europe/London")
    assert [d.date.isoformat() for d in found.due_dates] == ["2027-01-11"]
    assert [(str(m.amount), m.currency) for m in found.budgets] == [("12000", "GBP")]


def test_an_american_client_stays_month_first_in_dollars_and_a_dollar_stays_a_dollar() -> None:
    mail = parse_message(_mail("dana@crumbandco.com", "Final print on 11/01. Budget is 12k."))
    found = extract_message(mail, timezone="America/Chicago")
    assert [d.date.isoformat() for d in found.due_dates] == ["2027-11-01"]  # 1 November
    assert [(str(m.amount), m.currency) for m in found.budgets] == [("12000", "USD")]
    german = parse_message(_mail("s.brandt@seehotel-brandt.de", "The budget is $9,000."))
    assert [m.currency for m in extract_message(german, timezone="Europe/Berlin").budgets] == [
        "USD"]


def test_a_configured_currency_wins_over_the_domain() -> None:
    mail = parse_message(_mail("gwen@lloydsolicitors.co.uk", "The budget is 12k."))
    found = extract_message(mail, timezone="Europe/London", default_currency="EUR")
    assert [m.currency for m in found.budgets] == ["EUR"]


def _client_mail(date_header: str, body: str) -> bytes:
    return (f"From: Yuki <yuki@senbei.example>\r\nTo: ae@agency.example\r\n"
            f"Date: {date_header}\r\nSubject: package\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n").encode()


@pytest.mark.parametrize(("date_header", "configured", "expected"), [
    # Tuesday morning in Tokyo is Monday evening in New York: "tomorrow" is Wednesday
    ("Tue, 1 Dec 2026 10:15:00 +0900", None, "2026-12-02"),
    # a zone in the config wins over the header
    ("Tue, 1 Dec 2026 10:15:00 +0900", "America/New_York", "2026-12-01"),
    # +0000 is what many servers stamp whatever the writer's zone: the agency's zone reads it
    ("Tue, 1 Dec 2026 01:15:00 +0000", None, "2026-12-01"),
    # a half-hour offset has no Etc zone: the agency's
    ("Tue, 1 Dec 2026 06:45:00 +0530", None, "2026-12-01"),
])
def test_a_client_without_a_zone_is_read_in_the_zone_of_its_date_header(
        date_header: str, configured: str | None, expected: str) -> None:
    from intake.classify import Classification
    from intake.config import AgencyConfig, ClientConfig
    from intake.understanding import Extractor

    mail = parse_message(_client_mail(date_header, "We need the final files tomorrow."))
    extractor = Extractor(AgencyConfig(name="A", timezone="America/New_York",
                                       ae="ae@agency.example", intake="intake@agency.example"))
    client = ClientConfig(name="Senbei", domains=("senbei.example",), timezone=configured)
    found = extractor(mail, Classification("client", client=client))
    assert [d.date.isoformat() for d in found.due_dates] == [expected]
