"""Money extraction: amounts, currencies and kinds from realistic client sentences.

Pure: a spaCy Doc in, ``Money`` values out. Positives and negatives both: an
amount reported where there is none costs as much as one missed.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.parsers.money import extract_money, parse_number
from intake.parsers.nlp import analyse

# (sentence, [(amount, currency, kind), ...]) for every amount the sentence holds.
CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    # budgets in every spelling the issue names
    ("Our budget for the spring campaign is $18,500.", [("18500", "USD", "budget")]),
    ("We can do USD 9,200 for the shoot.", [("9200", "USD", "budget")]),
    ("Total budget: $2.5M across all channels.", [("2500000", "USD", "budget")]),
    ("We have $75k for the rebrand.", [("75000", "USD", "budget")]),
    ("We can stretch to 15 grand for the video.", [("15000", "USD", "budget")]),
    ("The UK team has £8.2k approved.", [("8200", "GBP", "budget")]),
    ("Budget is € 22.500,00 for the French launch.", [("22500", "EUR", "budget")]),
    ("Le budget est de 48 000 € HT pour la campagne.", [("48000", "EUR", "budget")]),
    ("We've allocated CA$12,000 for the Toronto activation.", [("12000", "CAD", "budget")]),
    ("We have AUD 5,000 for social.", [("5000", "AUD", "budget")]),
    ("A$7,500 is set aside for the Sydney launch.", [("7500", "AUD", "budget")]),
    ("The media budget is NZ$30,000.", [("30000", "NZD", "budget")]),
    ("HK$250,000 has been approved for the launch event.", [("250000", "HKD", "budget")]),
    ("We can spend US$40,000 on the campaign.", [("40000", "USD", "budget")]),
    ("Das Budget liegt bei CHF 12'500 für die Kampagne.", [("12500", "CHF", "budget")]),
    ("The Tokyo team approved ¥1,200,000 for the shoot.", [("1200000", "JPY", "budget")]),
    ("We have 3.000 € to spend on the flyers.", [("3000", "EUR", "budget")]),
    ("The budget is 20k for the whole thing.", [("20000", "USD", "budget")]),
    ("We can invest 1.2 million dollars in the rebrand.", [("1200000", "USD", "budget")]),
    ("We've set aside 5,000 euros for the video.", [("5000", "EUR", "budget")]),
    ("The board approved $3.2M for working media.", [("3200000", "USD", "budget")]),
    ("Spend for the quarter is $1bn across the group.", [("1000000000", "USD", "budget")]),
    ("Budget for the whole push stays at $18,500.", [("18500", "USD", "budget")]),
    # caps
    ("Please keep production under $12,000.", [("12000", "USD", "cap")]),
    ("No more than $30k for media, please.", [("30000", "USD", "cap")]),
    ("We can go up to $25,000 for the video.", [("25000", "USD", "cap")]),
    ("The cap is $50,000 for the campaign.", [("50000", "USD", "cap")]),
    ("Production is capped at $250,000.", [("250000", "USD", "cap")]),
    ("Not to exceed $8,000 for the shoot.", [("8000", "USD", "cap")]),
    ("CHF 12'500 is our max.", [("12500", "CHF", "cap")]),
    ("Budget: $48,000 all-in, hard cap.", [("48000", "USD", "cap")]),
    ("Keep it to $5k max for the banners.", [("5000", "USD", "cap")]),
    ("At most £3,000 on the print run.", [("3000", "GBP", "cap")]),
    # ranges
    ("We're thinking between $10k and $12k for the project.", [("12000", "USD", "range")]),
    ("Budget is $10-12k.", [("12000", "USD", "range")]),
    ("Somewhere in the $10k–$15k range for production.", [("15000", "USD", "range")]),
    ("We have $12k to $15k for the gift guide.", [("15000", "USD", "range")]),
    # two amounts, two kinds
    (
        "The budget of $20k, of which we've paid $5k, stays.",
        [("20000", "USD", "budget"), ("5000", "USD", "invoice")],
    ),
    (
        "Budget is £8.2k for the email design and a max of £2,500 for the homepage.",
        [("8200", "GBP", "budget"), ("2500", "GBP", "cap")],
    ),
    (
        "We have $140,000 for summer media and up to $35,000 for production.",
        [("140000", "USD", "budget"), ("35000", "USD", "cap")],
    ),
    (
        "Let's raise the budget from $5k to $7k.",
        [("5000", "USD", "other"), ("7000", "USD", "budget")],
    ),
    # money that is not a budget
    ("Please list the new blender at $89.99.", [("89.99", "USD", "price")]),
    ("The blender retails for $129 each.", [("129", "USD", "price")]),
    ("Our box price is $59.99 per week.", [("59.99", "USD", "price")]),
    ("Hosting is $49/mo.", [("49", "USD", "price")]),
    ("The quote came in at $1.85 per poster.", [("1.85", "USD", "price")]),
    ("Our summer rates start at $189 per night.", [("189", "USD", "price")]),
    ("Invoice #4471 for $5,400 is attached.", [("5400", "USD", "invoice")]),
    ("We paid $3,200 last week for the print run.", [("3200", "USD", "invoice")]),
    ("Our PO 4500123 covers $3,000.", [("3000", "USD", "invoice")]),
    ("The December invoice ($186,400) is approved.", [("186400", "USD", "invoice")]),
    ("Your agency fee of $4,000 is fine.", [("4000", "USD", "fee")]),
    (
        "Her day rate is $1,200 and she bills $150/hr for edits.",
        [("1200", "USD", "fee"), ("150", "USD", "fee")],
    ),
    ("The fee for the campaign is $25,000.", [("25000", "USD", "budget")]),
    (
        "The cost per acquisition came in around $38, against $61 on Meta.",
        [("38", "USD", "other"), ("61", "USD", "other")],
    ),
    ("Any mention of the $300 account bonus needs the full terms.", [("300", "USD", "other")]),
    ("We're aiming for £400k of online sales over the fortnight.", [("400000", "GBP", "other")]),
    ("We got $500 from the raffle.", [("500", "USD", "other")]),
    ("It cost $1.99 at the store.", [("1.99", "USD", "price")]),
    ("The printer quoted $2.40 a copy.", [("2.40", "USD", "price")]),
    ("Lift ticket price on the flyer: $149 a day.", [("149", "USD", "price")]),
    ("The last one ($14,250) went to the wrong cost center.", [("14250", "USD", "other")]),
    # caps written other ways
    ("The extra section shouldn't cost more than $2k.", [("2000", "USD", "cap")]),
    ("The CFO wants a hard cap on agency fees of $150,000.", [("150000", "USD", "cap")]),
    ("Budget max. 6.500 EUR net.", [("6500", "EUR", "cap")]),
    ("It's a 5 million dollar campaign.", [("5000000", "USD", "budget")]),
    ("The retainer is $8,500/month.", [("8500", "USD", "fee")]),
    ("We can't spend more than $5,000 a month on ads.", [("5000", "USD", "cap")]),
    ("Our media budget is $20k per month.", [("20000", "USD", "budget")]),
    (
        "A budget of $52,000 for media and no\nmore than $8,000 for creative production.",
        [("52000", "USD", "budget"), ("8000", "USD", "cap")],
    ),
    (
        "Budget for promotion is $30,000, and we can't go over $5k on the design side.",
        [("30000", "USD", "budget"), ("5000", "USD", "cap")],
    ),
    (
        "Budget: USD 9,200 for digital, and no more than $4,500 for the direct mail piece.",
        [("9200", "USD", "budget"), ("4500", "USD", "cap")],
    ),
]

# Sentences with numbers that are never money.
NO_MONEY = [
    "Call me at 555-123-4567 or (312) 555 0187.",
    "We need 5,000 brochures, 24 pages, on 100 lb text and 80# cover.",
    "Print on 120 gsm uncoated, 250 copies.",
    "Sign-ups grew 15% to 20,000 in March 2026.",
    "The call is at 3:30pm on 03/07.",
    "PO 4500012345 and invoice INV-2026-118 are attached.",
    "We expect 20k impressions per week.",
    "The booth is 10x20 and the banner 300x250.",
    "Our store at 2245 N Lincoln Ave opens on 2027-02-14.",
    "We printed 35,000 catalogs last year.",
    "The 2.5M views on the teaser were a surprise.",
    "Ship 100 pounds of paper stock to the printer.",
    "About 9,400 members joined for an auto loan.",
]


def _doc(text: str):
    return analyse(text)


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_amounts_currencies_and_kinds(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    found = extract_money(_doc(sentence))
    assert [(m.amount, m.currency, m.kind) for m in found] == [
        (Decimal(a), c, k) for a, c, k in expected
    ]


@pytest.mark.parametrize("sentence", NO_MONEY)
def test_numbers_that_are_not_money(sentence: str) -> None:
    assert extract_money(_doc(sentence)) == ()


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between $10k and $12k for the project", "10000", "12000"),
        ("budget is $10-12k", "10000", "12000"),
        ("the €20.000–25.000 budget", "20000", "25000"),
        ("we have between $20,000 and $25,000, media included", "20000", "25000"),
    ],
)
def test_ranges_keep_both_ends(text: str, low: str, high: str) -> None:
    (m,) = extract_money(_doc(text))
    assert (m.kind, m.low, m.high) == ("range", Decimal(low), Decimal(high))
    assert m.amount == m.high
    assert m.is_budget


def test_evidence_offsets_point_into_the_text() -> None:
    text = "Hi Sam,\n\nThanks for the call. Budget is $75k for paid social, up to $5k for print."
    doc = _doc(text)
    found = extract_money(doc)
    assert [m.evidence.words for m in found] == ["$75k", "$5k"]
    for m in found:
        assert text[m.evidence.start : m.evidence.end] == m.evidence.words
        assert m.evidence.words in m.evidence.sentence
        assert m.evidence.sentence.startswith("Budget is")
        assert 0 < m.evidence.confidence <= 1


def test_default_currency_is_what_a_bare_dollar_means() -> None:
    text = "We can do $12,000 for the campaign, or 15 grand if the retailer joins."
    assert [m.currency for m in extract_money(_doc(text))] == ["USD", "USD"]
    assert [m.currency for m in extract_money(_doc(text), default_currency="CAD")] == [
        "CAD",
        "CAD",
    ]
    # an explicit code or symbol wins over the default
    assert extract_money(_doc("We have US$9,000 for media."), default_currency="CAD")[
        0
    ].currency == ("USD")
    # a non-dollar default never turns "$" into euros
    assert extract_money(_doc("Budget is $9,000."), default_currency="EUR")[0].currency == "USD"


def test_default_currency_must_be_an_iso_code() -> None:
    with pytest.raises(ValueError, match="ISO 4217"):
        extract_money(_doc("Budget is $9,000."), default_currency="dollars")


def test_works_on_a_blank_pipeline_doc_and_on_a_string() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "Invoice 118 is paid. Our budget is €22.500 for the launch."
    for doc in (nlp(text), text):
        found = extract_money(doc)
        assert [(m.amount, m.currency, m.kind) for m in found] == [
            (Decimal("22500"), "EUR", "budget")
        ]


@pytest.mark.parametrize(
    ("number", "multiplier", "value"),
    [
        ("18,500", None, "18500"),
        ("22.500,00", None, "22500"),
        ("48 000", None, "48000"),
        ("12'500", None, "12500"),
        ("1.234.567,89", None, "1234567.89"),
        ("1,234,567.89", None, "1234567.89"),
        ("2.5", "M", "2500000"),
        ("8.2", "k", "8200"),
        ("1.250", "million", "1250000"),
        ("1,5", "Mio", "1500000"),
        ("89.99", None, "89.99"),
        ("15", "grand", "15000"),
        ("3", "bn", "3000000000"),
    ],
)
def test_parse_number_is_exact(number: str, multiplier: str | None, value: str) -> None:
    parsed = parse_number(number, multiplier=multiplier)
    assert parsed == Decimal(value)
    assert str(parsed) == value  # no float noise, no exponent


def test_quoted_and_long_text_stays_linear() -> None:
    """A 100 KB body with many amounts finds each one (and does not hang)."""
    para = "For the spring campaign the budget is $18,500 and the invoice for $2,000 is paid.\n"
    text = para * 1200
    found = extract_money(_doc(text))
    assert len(found) == 2400
    assert {m.kind for m in found} == {"budget", "invoice"}


_PIECES = [
    "$", "€", "£", "CA$", "USD", " ", "\n", "\n\n", "- ", "1", "12", "1,000", "2.5", "22.500,00",
    "48 000", "k", "M", " grand", " million", "-", " to ", " and ", "between ", "budget ",
    "up to ", "no more than ", "invoice ", "each", "/mo", "per unit", ".", ",", "?", "the ",
    " campaign", " dollar", "a ", "retainer ", "Media: ",
]  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_any_text_gives_well_formed_money(pieces: list[str]) -> None:
    """Whatever the input, no crash, and every mention points at its own words."""
    text = "".join(pieces)
    for m in extract_money(_doc(text)):
        assert text[m.evidence.start : m.evidence.end] == m.evidence.words
        assert m.amount >= 0
        assert len(m.currency) == 3 and m.currency.isupper()
        assert m.kind in {"budget", "cap", "range", "invoice", "price", "fee", "other"}
        assert (m.low is None) == (m.high is None)
        if m.low is not None:
            assert m.low < m.high == m.amount


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(str(m.amount), m.kind) for m in extract_money(text)]


def test_a_figure_we_had_before_a_but_and_a_new_amount_is_the_old_one() -> None:
    assert _kinds("We had $40,000 for the outdoor buy, but we can stretch to $45,000.") == [
        ("40000", "other"), ("45000", "budget")]
    assert _kinds("The budget was $10,000 but it is now $12,000.") == [
        ("10000", "other"), ("12000", "budget")]
    # Without a later amount the figure stands.
    assert _kinds("We had $40,000 approved last week and it stays.") == [("40000", "budget")]


def test_a_competitors_spend_is_not_our_budget() -> None:
    text = ("Our main competitor spent around $2M on their spot last year. "
            "What we do have is $180k for the brand film.")
    assert _kinds(text) == [("2000000", "other"), ("180000", "budget")]
    assert _kinds("We want to beat our competitor, and our budget is $50,000.") == [
        ("50000", "budget")]


@pytest.mark.parametrize(("text", "currency", "expected"), [
    # ranges whose low end is bare
    ("For the packaging refresh budget is 15-20k depending on how many SKUs we do.", "USD",
     [("20000", "range", "15000")]),
    ("We're working with 60-80k for ours.", "USD", [("80000", "range", "60000")]),
    ("The budget is between 10.000 and 12.000 euro.", "EUR", [("12000", "range", "10000")]),
    ("Our budget for the spring flight is €120-150k.", "EUR", [("150000", "range", "120000")]),
    ("We need 10-20k impressions.", "USD", []),
    # the parts of a total, in parentheses, are not budgets of their own
    ("Total budget is $43,000 ($35k media, $8k production).", "USD",
     [("43000", "budget", None), ("35000", "other", None), ("8000", "other", None)]),
    ("Budget is $5,000 (and the fee is separate).", "USD", [("5000", "budget", None)]),
    # French, German, Spanish
    ("Unser Budget beträgt 9.800 Euro.", "EUR", [("9800", "budget", None)]),
    ("El presupuesto es de 6.000 euros.", "EUR", [("6000", "budget", None)]),
    ("El presupuesto máximo es de 3.500 euros.", "EUR", [("3500", "cap", None)]),
    ("Budget: max. 11.000 Euro.", "EUR", [("11000", "cap", None)]),
    ("Wir haben dafür 4.200 € eingeplant.", "EUR", [("4200", "budget", None)]),
    ("Kostenrahmen: 3.000 bis 3.500 Euro netto.", "EUR", [("3500", "range", "3000")]),
    # a price the client accepts for the job is its budget; a unit price, their own shelf
    # price or a price still asked about is not
    ("For us is ok the price of 4.750 euros.", "EUR", [("4750", "budget", None)]),
    ("Your price of $3,200 looks fine to me.", "USD", [("3200", "budget", None)]),
    ("The price of $450 per unit is fine.", "USD", [("450", "price", None)]),
    ("Our retail price of $30 is fine.", "USD", [("30", "price", None)]),
    ("Our price is $25 and that's ok.", "USD", [("25", "price", None)]),
    ("The printer's price is $2,300, is that ok?", "USD", [("2300", "price", None)]),
    ("Your agency fee of $4,000 is fine.", "USD", [("4000", "fee", None)]),
])
def test_unseen_money_shapes(text: str, currency: str,
                             expected: list[tuple[str, str, str | None]]) -> None:
    found = extract_money(text, default_currency=currency)
    assert [(str(m.amount), m.kind, str(m.low) if m.low is not None else None)
            for m in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an amount in words, with a money word after it
    ("We're thinking five thousand dollars for the photo shoot.", [("5000", "USD", "budget")]),
    ("Budget is around fifty grand.", [("50000", "USD", "budget")]),
    ("The campaign can't go over twenty-five thousand euros.", [("25000", "EUR", "cap")]),
    ("Half a million dollars is the media budget.", [("500000", "USD", "budget")]),
    # ... and numbers in words that are no money
    ("We printed two thousand flyers last time.", []),
    ("About a thousand people came to the launch.", []),
    ("We have $5 million to spend on the campaign.", [("5000000", "USD", "budget")]),  # once
])
def test_an_amount_in_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kinds_with_amounts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # spend per day or month with a limit is a budget; a thing's price per period is not
    ("Spend up to $500 a day on boosted posts.", [("500", "USD", "cap")]),
    ("We can't spend more than $5,000 a month on ads.", [("5000", "USD", "cap")]),
    ("Our photographer charges $1,200 a day.", [("1200", "USD", "fee")]),
    ("The day rate is up to $900 a day.", [("900", "USD", "fee")]),
    ("Subscription costs $29/month.", [("29", "USD", "price")]),
    # "has to fit in $6,000" is a budget; "so" starts a clause of its own
    ("It all has to fit within 10k.", [("10000", "USD", "cap")]),
    ("The budget is $8,000 so please keep it tight.", [("8000", "USD", "budget")]),
])
def test_money_per_period_and_limits(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kinds_with_amounts(text) == expected


def _kinds_with_amounts(text: str) -> list[tuple[str, str, str]]:
    return [(f"{m.amount.normalize():f}", m.currency, m.kind) for m in extract_money(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a plain number the word "budget" introduces is the budget, in the client's currency
    ("Budget: 25,000", [("25000", "USD", "budget")]),
    ("Our budget is 40,000 for the year.", [("40000", "USD", "budget")]),
    ("Budget approx. 15.000,-", [("15000", "USD", "budget")]),
    ("The budget is 25000.", [("25000", "USD", "budget")]),
    # ... but not a year, a percentage, a count or a date
    ("Budget 2027 is still being discussed.", []),
    ("The budget is 20% higher than last year.", []),
    ("We have a budget of 2,000 impressions per day.", []),
    ("Our budget is 500 units.", []),
    ("The budget was approved on 12.01.", []),
    # German and Indian multipliers and marks
    ("Das Budget beträgt 1,5 Mio. Euro.", [("1500000", "EUR", "budget")]),
    ("Preis: 1.200,- EUR pro Stück.", [("1200", "EUR", "other")]),
    ("Budget: Rs. 5,00,000", [("500000", "INR", "budget")]),
    ("The budget is ₹5,00,000.", [("500000", "INR", "budget")]),
    ("We have 3 lakh rupees for the shoot.", [("300000", "INR", "budget")]),
])
def test_budget_forms_of_other_writers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kinds_with_amounts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Please plan for $25,000.", [("25000", "USD", "budget")]),
    ("Can you do it for $25,000?", [("25000", "USD", "budget")]),
    ("We lost $25,000 on the last event.", [("25000", "USD", "other")]),
    ("Last year we spent $25,000 on radio.", [("25000", "USD", "other")]),
    ("Each unit costs $25.", [("25", "USD", "price")]),
    ("We need 500 flyers at $2 each, budget $1,000 in total.",
     [("2", "USD", "price"), ("1000", "USD", "budget")]),
])
def test_budget_frames_of_a_grammar_sweep(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kinds_with_amounts(text) == expected


def test_a_figure_floated_is_a_budget_to_check() -> None:
    [floated] = extract_money("We were thinking around $25,000.")
    [settled] = extract_money("Our budget is $25,000.")
    assert floated.kind == settled.kind == "budget"
    assert floated.evidence.confidence < settled.evidence.confidence


@pytest.mark.parametrize(("text", "kind"), [
    # a French, German or Spanish client's budget, from a sweep of their phrasing
    ("Nous avons 20 000 € pour la campagne.", "budget"),
    ("Nous pouvons aller jusqu'à 12 000 €.", "cap"),
    ("Il ne faut pas dépasser 8 000 €.", "cap"),
    ("Wir haben 20.000 € für die Kampagne.", "budget"),
    ("Wir können bis zu 12.000 € ausgeben.", "cap"),
    ("Insgesamt stehen 30.000 EUR zur Verfügung.", "budget"),
    ("Für die Produktion planen wir rund 5.000 € ein.", "budget"),
    ("Tenemos 20.000 € para la campaña.", "budget"),
    ("No podemos superar los 8.000 €.", "cap"),
    ("Contamos con unos 5.000 € para la producción.", "budget"),
    # ... and their money that is no budget
    ("L'an dernier nous avons dépensé 40 000 €.", "other"),
    ("Der Stückpreis beträgt 2,50 €.", "price"),
    ("Notre enveloppe globale est de 30 k€.", "budget"),
    ("Le budget est de 1,2 M€.", "budget"),
    ("El año pasado gastamos 40.000 €.", "other"),
])
def test_budgets_in_the_clients_language(text: str, kind: str) -> None:
    [money] = extract_money(text, default_currency="EUR")
    assert money.kind == kind
