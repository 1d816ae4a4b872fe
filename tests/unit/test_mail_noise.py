"""What people's mail carries around their words: signatures with long notices, job-title
lines, text wrapped at a narrow column. Each case was found by adding such a block, or such
a wrap, to the labelled mails and seeing the facts change (``benchmarks/mail_forms.py``);
each rule has look-alikes it must leave alone."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract
from intake.parsers.quotes import split_reply, split_signature
from intake.parsers.wrapping import typed_list_breaks, unwrap, wrap_width

SENT = datetime(2026, 12, 2, 15, tzinfo=UTC)
ASK = "Please move the launch to March 3 and swap the hero image."


def _read(text: str) -> tuple[list[str], int, int]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return ([d.date.isoformat() for d in found.due_dates], len(found.change_requests),
            len(found.requirements))


# A sign-off over a name, then a signature whose long lines stopped the walk back.
@pytest.mark.parametrize("signature", [
    "Kind regards,\nTom\nOffice hours: Mon-Thu 8:30am-5pm, Fri 8:30am-1pm. Our office will be "
    "closed from December 24 to January 2.",
    "Thanks,\nDana\n\nLakeshore Bakery | Fresh every day since 1987\nThis month only: 20% off "
    "all catering orders over $150. Order by December 20 for holiday pickup!",
    "Mit freundlichen Grüßen\nPetra Lang\nLeitung Marketing\nLang Möbel GmbH | Industriestraße "
    "12 | 80339 München\nGeschäftsführer: Hans Lang | Amtsgericht München HRB 123456 | "
    "USt-IdNr. DE123456789",
    "Saludos cordiales,\nLucas Romero\nDirector de Marketing | Romero Café S.L.\nNuestra "
    "tienda estará cerrada del 24 de diciembre al 2 de enero por las fiestas navideñas.",
])
def test_a_signature_with_long_lines_is_cut_at_its_sign_off(signature: str) -> None:
    body, cut = split_signature(f"{ASK}\n\n{signature}")
    assert body == ASK
    assert cut == signature


@pytest.mark.parametrize("tail", [
    "P.S. can you also make the logo bigger on the second page, the client asked twice?",
    "Oh and one more thing, the phone number on the back page is still the old one from 2024",
    "Also, the banner sizes we need for the spring push are 300x250 and 728x90 for all ads",
])
def test_an_afterthought_under_the_sign_off_stays_the_writers(tail: str) -> None:
    text = f"{ASK}\n\nThanks,\nDana\n\n{tail}"
    assert split_signature(text)[0].endswith(tail)


def test_a_sign_off_in_the_middle_of_a_mail_with_more_asks_below_is_no_signature() -> None:
    text = (f"{ASK}\n\nThanks,\nDana\n\nAlso please check with the printer whether the "
            "matte stock is available for the full print run of the new brochure?")
    assert "matte stock" in split_signature(text)[0]


def test_a_footer_offer_under_the_sign_off_is_no_deadline() -> None:
    signature = ("Thanks,\nDana\n\nLakeshore Bakery | Fresh every day since 1987\nThis month "
                 "only: 20% off all catering orders over $150. Order by December 20 for holiday "
                 "pickup!")
    assert "December 20" not in split_reply(f"{ASK}\n\n{signature}").new_text


# A job title, a comma and the employer under a name: no "Compliance" heading whose
# section would make the lines below it rules.
def test_a_title_at_a_company_line_heads_no_section() -> None:
    text = ("Legal also needs the terms line under the rate.\n\nDavid Kim\nCompliance, North Bay "
            "Credit Union\n\nSaludos cordiales,\nLucas Romero\nDirector de Marketing | Romero "
            "Café S.L.\nC/ Mayor 45, 28013 Madrid | Tel. +34 912 345 678\n")
    assert _read(text)[2] == 1


@pytest.mark.parametrize("text", [
    "Compliance\n\nEvery ad needs the NCUA logo.\n",
    "Legal requirements\n\nEvery ad needs the NCUA logo.\n",
])
def test_a_heading_alone_still_heads_its_section(text: str) -> None:
    assert _read(text)[2] == 1


PROSE = ("Please put the January CD campaign on hold until the rate committee meets, and "
         "cancel the radio buy for December, we're over budget on media and the board wants "
         "to see the numbers again before anything else goes out the door this quarter.")


@pytest.mark.parametrize("width", [56, 60, 64, 68, 72])
def test_prose_wrapped_at_a_narrow_column_reads_as_one_paragraph(width: int) -> None:
    wrapped = textwrap.fill(PROSE, width)
    assert unwrap(wrapped) == " ".join(wrapped.split("\n"))


def test_a_short_paragraph_wrapped_at_sixty_goes_on_in_lower_case() -> None:
    text = ("Please put the January CD campaign on hold until the rate\ncommittee meets. "
            "And cancel the radio buy for December, we're\nover budget on media.\n\nThanks")
    assert "rate committee" in unwrap(text) and "we're over" in unwrap(text)


@pytest.mark.parametrize("text", [
    # a labelled list: each line an item, however long
    "Home: love it, no changes\nAbout: the team photo is outdated, we'll send a new one\n"
    "Services: please add teeth whitening to the list\nContact: map is missing",
    # items of a list without marks, each a line of its own
    "Make the logo bigger on the cover page please\nSwap the hero image for the beach one\n"
    "Move the price block up to the top of the page",
    # a narrow column: no wrap width at all
    "poster 50x70\nflyer A5\nbanner 300x250",
])
def test_lines_of_a_list_are_not_joined(text: str) -> None:
    assert unwrap(text) == text


def test_the_wrap_width_needs_a_column_of_lines() -> None:
    assert wrap_width("short\nlines\nonly") == 0
    wrapped = textwrap.fill(PROSE, 60)
    assert wrap_width(wrapped) == max(len(line) for line in wrapped.split("\n"))
    line = "One line near the column of a narrow client, then a short one"
    assert wrap_width(f"{line}\nok") == -len(line)  # seen once: less sure


# A list typed without marks, one capitalised line an item, each long enough to look wrapped.
LONG_ITEMS = ("A few changes:\nPlease make the logo bigger on the cover page of the brochure\n"
              "Swap the hero image for the one from the June shoot with the dog\n"
              "Change the phone number on the back page to the new one\n")


def test_long_lines_of_a_typed_list_stay_items() -> None:
    assert _read(f"Hi Sam,\n\n{LONG_ITEMS}\nThanks")[1] == 3


@pytest.mark.parametrize("text", [
    # wrapped prose whose lines happen to open with capitals is still one sentence
    "We would like to move the launch of the spring campaign to March\n"
    "Madness weekend because the Chicago stores open late that week and\n"
    "Jenny wants the banners up before the rush starts.",
    # German capitalises its nouns: left to the wrap tests
    "Bitte tauschen Sie das Foto auf der Rückseite gegen das neue Bild aus\n"
    "Außerdem sollte das Logo auf der Titelseite etwas größer sein als bisher\n"
    "Die Telefonnummer auf der Rückseite ist leider noch die alte Nummer",
])
def test_prose_is_not_taken_for_a_typed_list(text: str) -> None:
    assert typed_list_breaks(text) == set()


def test_a_new_line_with_the_old_one_in_brackets_is_a_change() -> None:
    assert _read('Headline: "Your Desert Retreat Awaits" (not "Desert Living at Its Best")')[1] == 1
    assert _read('We loved "Desert Living" (not "Desert Retreat") in the last campaign.')[1] == 0


def test_answers_typed_into_the_quote_under_an_outlook_signature_stay_the_writers() -> None:
    text = ("Answers below in caps.\n\nThanks,\nDana\n\nPlease note I will be out of the office "
            "from Dec 23 to Jan 3 with limited access to email. For urgent matters please "
            "contact Jenna.\n\n> 1. When do you need the printed flyers in store?\nBY MARCH 1\n\n"
            "> 2. What's the budget for printing?\nABOUT $2,500\n\nDean")
    split = split_reply(text)
    assert "BY MARCH 1" in split.new_text and "ABOUT $2,500" in split.new_text
    assert "out of the office" in split.signature and "Dec 23" not in split.new_text


def test_a_reply_above_a_quote_without_answers_keeps_its_signature_apart() -> None:
    text = ("Please move the launch to March 3.\n\nThanks,\nDana\n\nOffice hours: Mon-Thu "
            "8:30am-5pm, Fri 8:30am-1pm, closed on public holidays and the week after Christmas."
            "\n\n> When should the launch be?\n> Sam")
    split = split_reply(text)
    assert split.new_text == "Please move the launch to March 3."
    assert split.signature.startswith("Thanks,\nDana")


def test_outlook_plain_text_list_marks_are_bullets() -> None:
    text = ("Hi Sam,\n\nFeedback from the team:\n\no\tSwap the hero photo for the sourdough shot\n"
            "o\tRemove the QR code from the small version\n§\tMake the store hours larger\n")
    assert _read(text)[1] == 3
    assert _read("I said o well, and moved on to the next draft.")[1] == 0


def test_a_link_target_outlook_writes_after_the_words_is_not_read() -> None:
    from intake.parsers.html import visible_text
    text = "Please update the landing page<https://example.com/spring?utm=x&id=3>; by Friday."
    assert visible_text(text) == "Please update the landing page; by Friday."
    # a link on its own, and an address in a forward's header, stay
    for kept in ("See <https://example.com/spring> for the brief.",
                 "From: Sam Ortiz<mailto:sam@brightlane.agency>"):
        assert visible_text(kept) == kept


def test_a_name_and_title_line_under_a_list_opens_no_table() -> None:
    text = ("Hi Sam,\n\nChanges:\n- cover shot is too dark\n- swap page 6 and page 7\n\n"
            "Mark Ellis | Brand Director\nVisit us at Booth #1432 at CES 2027, January 6-9!\n")
    assert _read(text)[1] == 2
    # a table's header right under its lead-in still opens the rows
    table = "Our comments:\n\nPage | Comment\n2 | Swap the lobby photo for the rooftop one\n"
    assert _read(table)[1] == 1


def test_a_signature_under_a_rules_paragraph_is_no_rule() -> None:
    text = ("Must-haves: every product page shows the SKU and price\n\nAlex Moreno (they/them)\n"
            "Director of Communications, Fairview Health\nT 617-555-0123 ext. 204\n")
    assert _read(text)[2] == 1
    rules = ("A few brand rules from corporate: the logo always sits on white.\n"
             "Headlines are set in our brand font only.\n")
    assert _read(rules)[2] == 2


@pytest.mark.parametrize("banner", [
    "CAUTION: This email originated from outside of the organization. Do not click links or "
    "open attachments unless you recognize the sender and know the content is safe.",
    "[EXTERNAL] This message came from outside your organization. Please be careful with links "
    "and attachments.",
    "You don't often get email from dana@crumbandco.com. Learn why this is important",
    "ACHTUNG: Diese E-Mail stammt von einem externen Absender. Bitte klicken Sie nicht auf Links "
    "und öffnen Sie keine Anhänge, wenn Sie den Absender nicht kennen.",
])
def test_a_mail_systems_warning_above_the_words_is_not_the_writers(banner: str) -> None:
    body = "Hola Sam:\n\n¿Podéis quitar la página de accesorios?\n\nGracias,\nMarta"
    assert split_reply(f"{banner}\n\n{body}").new_text == split_reply(body).new_text
    assert _read(f"{banner}\n\nEvery ad must show the APR.")[2] == 1


@pytest.mark.parametrize("first", [
    "External partners must not be named in the ads, and no links to their sites.",
    "Attention: the launch moved to Friday, the files from the external printer are attached.",
])
def test_a_first_paragraph_about_outsiders_stays_the_writers(first: str) -> None:
    assert split_reply(f"{first}\n\nThanks").new_text.startswith(first)


def test_a_line_without_a_mark_after_marked_items_ends_their_list() -> None:
    # Outlook's plain text often has no blank line between paragraphs
    text = ("Changes:\n- Swap the hero photo for the sourdough shot\n- Remove the QR code\n"
            "Prices for the spring menu are in the attached sheet, I will send more on Monday.\n")
    assert _read(text)[1] == 2
    # a marked list goes on over its marks, and an unmarked one over its lines
    assert _read("Changes:\n- Swap the hero photo\n- Remove the QR code\n- Bigger logo\n")[1] == 3
    assert _read("Changes:\nSwap the hero photo\nRemove the QR code\n")[1] == 2


# Typed in lower case (a phone, a writer who never reaches for the shift key).
def test_a_month_shortened_in_lower_case_with_its_dot_is_a_month() -> None:
    assert _read("we need the posters by jan. 15th please.")[0] == ["2027-01-15"]
    assert _read("the posters by sept. 3 pls")[0] == ["2027-09-03"]
    assert _read("don't let a typo mar. The rest is fine.")[0] == []


def test_a_dollar_sign_of_another_country_in_lower_case_keeps_its_currency() -> None:
    found = extract("our budget is r$ 6.000 for this.", sent_at=SENT, timezone="America/Sao_Paulo")
    assert [(m.currency, m.amount) for m in found.budgets] == [("BRL", 6000)]
    found = extract("a$5 gift card for everyone", sent_at=SENT, timezone="America/New_York")
    assert found.budgets == ()


def test_a_weekdays_event_typed_without_its_apostrophe_names_the_day() -> None:
    ready = "Sam, can you have the revised deck ready for Thursdays board meeting?"
    assert _read(ready)[0] == ["2026-12-03"]
    for plural in ("Thursdays board meetings run long, sorry for the delay.",
                   "We meet on Thursdays and Fridays, thanks for asking."):
        assert _read(plural)[0] == []


# A P.S. or a question under a short sign-off is the writer's (seventeenth session: a P.S.
# wrapped onto short lines by the client was cut with the signature).
@pytest.mark.parametrize(("text", "kept"), [
    ("All good on our end.\n\nThanks,\nMike\n\nPS can you also make the logo bigger?",
     "PS can you also make the logo bigger?"),
    ("All good.\n\nTalk soon.\n\nMike\n\nPS - can you swap the stock photo on the about page "
     "for the one of our\nteam?\nAttached.", "team?"),
    ("All good.\n\nCheers,\nMike\n\nP.S. The logo must be bigger on every page.",
     "P.S. The logo must be bigger on every page."),
])
def test_an_afterthought_under_a_sign_off_is_kept(text: str, kept: str) -> None:
    body, _ = split_signature(text)
    assert kept in body


@pytest.mark.parametrize("text", [
    "All good.\n\nThanks,\nMike\nQuestions? Call us at 555-1234\nwww.example.com",
    "All good.\n\nThanks,\nMike\nPSA Group | Marketing\n(555) 201-3344",  # "PSA" is no P.S.
])
def test_a_signature_with_a_question_mark_inside_is_still_cut(text: str) -> None:
    body, signature = split_signature(text)
    assert body == "All good." and signature.startswith("Thanks,")


# A day a client's wrap put at a line's start reads like a numbered item.
@pytest.mark.parametrize(("text", "due"), [
    ("We need the booth graphics shipped by March 5 and the sell sheets printed by March\n"
     "10. Budget for all of it is $18,000.", ["2027-03-05", "2027-03-10"]),
    ("Wir brauchen die Druckdaten für den neuen Katalog spätestens bis zum\n10. März, "
     "danke.", ["2027-03-10"]),
])
def test_a_day_wrapped_to_a_line_start_stays_with_its_month(text: str, due: list[str]) -> None:
    assert _read(text)[0] == due


@pytest.mark.parametrize("text", [
    "Dates:\n1. March\n2. April",  # a short list of months
    "We have planned these pieces for the spring campaign in this order\n1. March newsletter\n"
    "2. April flyer",  # a long lead-in without a colon: its items
])
def test_numbered_items_that_start_with_a_month_stay_items(text: str) -> None:
    assert unwrap(text) == text


# Wrapped again narrower (a phone, a pasted quote): what a second wrap leaves at a line's end.
@pytest.mark.parametrize(("text", "joined"), [
    # a day at a line's end, its month below
    ("we would like the winter campaign banners ready by 10\nJanuary. Budget is NOK 85 000.",
     "ready by 10 January."),
    # a sentence going on in lower case to its end on the next line
    ("Our brand guide says never to put the logo on a busy\nbackground. The banners go live "
     "soon.", "on a busy background."),
    # German, French and Spanish words no sentence ends on
    ("für die Messe BAU 2027 benötigen wir die Roll-ups bis\nFreitag, den 8. Januar.",
     "bis Freitag"),
    ("nous aurons besoin des fichiers définitifs pour\nle salon de Lyon.", "pour le salon"),
    ("Bitte schicken Sie uns die neuen Entwürfe für\nden Frühjahrskatalog.", "für den"),
    # the rest of a line the sender's client wrapped, wrapped again, and a sum below it
    ("Can we get the Christmas brochure to the printer by Friday\n23 October? We have\n"
     "AUD 12,500 for design and print.\n\nOur goal is to lift December bookings from Sydney "
     "families\nby 15%.", "We have AUD 12,500"),
])
def test_a_second_wrap_is_read_as_a_wrap(text: str, joined: str) -> None:
    assert joined in unwrap(text)


@pytest.mark.parametrize("text", [
    # terse lines typed as a list end no sentence
    "bump the font size up on the spec tables\nlose the tagline on the cover\nneed it EOW",
    # a short list of days and months
    "Key dates\n10\nJanuary",
    # a signature's lines under a long one
    "Marketing Director, Harbor Foods International Group\nwww.harborfoods.com",
    "Marketing Director, Harbor Foods International Group\nm: +1 312 555 0101",
    # a name under a line that ends no sentence
    "Thanks so much for all your help on the spring campaign\nMaria",
])
def test_lines_that_are_no_wrap_stay_lines(text: str) -> None:
    assert unwrap(text) == text


# An HTML signature of <p>s: its lines come with blank lines between them.
def test_a_contact_block_with_blank_lines_between_its_lines_is_cut() -> None:
    text = ("Sam,\n\nScript approved. Please send it to the station.\n\nGrant Ives\n\n"
            "Ives Insurance | Deadline-driven since 1985\n\n(312) 555-0177")
    body, signature = split_signature(text)
    assert body.endswith("station.") and signature.startswith("Grant Ives")


def test_a_closing_paragraph_with_a_phone_number_is_no_signature() -> None:
    text = "Please call me.\n\nThe booth number is 1142.\n\nCall 555-123-4567 to confirm"
    assert split_signature(text) == (text, "")


# Paragraphs typed with one Enter (no blank lines): a title between sentences ends the
# section above it.
def test_a_title_between_sentences_ends_a_rules_section_without_blank_lines() -> None:
    text = ("Hi Sam,\nRequirements\nEverything that goes out has to be reviewed by the "
            "compliance team first.\nOur risk officer wants to see the platform before the board "
            "does.\nPractical bits\nHelen is the contact for anything urgent while I'm away on "
            "leave.\nI'm out from December 21 to January 4, back on the 5th.\nJune")
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    said = " ".join(r.text for r in found.requirements)
    assert "compliance team" in said and "Helen" not in said and "I'm out" not in said


def test_short_items_under_a_title_stay_its_items() -> None:
    text = ("Hi Sam,\nMust-haves\nAll copy in plain English\nNo stock photos\nLogo on white\n"
            "Thanks,\nJune")
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    assert len(found.requirements) == 3
