"""Deadline shapes that unseen mail uses and the first sets lacked, each beside sentences
the same rule must not fire on (issue 12)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.dates import extract_due_dates
from intake.parsers.extract import extract
from intake.parsers.html import html_to_text
from intake.parsers.tables import table_cells
from intake.parsers.wrapping import unwrap

SENT = datetime(2026, 12, 2, 15, tzinfo=UTC)  # a Wednesday


def due(text: str, *, zone: str = "America/New_York", day_first: bool = False) -> list[str]:
    found, _ = extract_due_dates(text, sent_at=SENT, timezone=zone, day_first=day_first)
    return [d.date.isoformat() for d in found]


@pytest.mark.parametrize(("text", "expected"), [
    # the day the work meets the public, said as a plain fact
    ("Cans hit shelves Jan 8.", ["2027-01-08"]),
    ("Boards go up December 23.", ["2026-12-23"]),
    ("Posting date for the newsletter is 30 December.", ["2026-12-30"]),
    ("Our year-end appeal letter mails December 10.", ["2026-12-10"]),
    ("The brochure prints on January 20.", ["2027-01-20"]),
    ("The spots are in-market February 1.", ["2027-02-01"]),
    # ... and what it must not take for one
    ("The store opened on December 1.", []),
    ("I'm out December 23 to January 2.", []),
    ("Thanks for the call on November 30.", []),
    ("We'd like to move ahead with the campaign as presented on Monday.", []),
])
def test_a_deadline_said_as_a_plain_fact(text: str, expected: list[str]) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cans hit shelves Jan 8. Need final art 10 days before that.",
     ["2027-01-08", "2026-12-29"]),
    ("Boards go up December 23, so we need final art a week before that, on December 16.",
     ["2026-12-23", "2026-12-16"]),
    ("Posting date is 30 December. We need the copy three days before, so the 27th.",
     ["2026-12-30", "2026-12-27"]),
    ("The brochure prints on January 20 and needs to be signed off by compliance a week\n"
     "before that.",
     ["2027-01-20", "2027-01-13"]),
    # forward, as before: the lead is followed by what it is measured from
    ("Send the banners a week before the launch on April 5.", ["2027-03-29", "2027-04-05"]),
])
def test_a_lead_time_counts_back_from_the_date_it_points_to(text: str,
                                                             expected: list[str]) -> None:
    assert sorted(due(unwrap(text))) == sorted(expected)


@pytest.mark.parametrize(("text", "zone", "expected"), [
    ("Le catalogue doit être prêt pour le 9 décembre.", "Europe/Paris", ["2026-12-09"]),
    ("Les affiches doivent être livrées au plus tard le 2 janvier.", "Europe/Paris",
     ["2027-01-02"]),
    ("Wir brauchen die Plakate bis spätestens 7.12.", "Europe/Berlin", ["2026-12-07"]),
    ("Die Broschüre muss bis zum 15. Januar 2027 beim Drucker sein.", "Europe/Berlin",
     ["2027-01-15"]),
    ("Necesitamos los banners para el 15 de enero.", "Europe/Madrid", ["2027-01-15"]),
    ("Necesitamos las etiquetas antes del 20 de diciembre.", "Europe/Madrid", ["2026-12-19"]),
    ("Deadline for the final files is 08-01-2027.", "Europe/Amsterdam", ["2027-01-08"]),
    # meetings and the past, in the same languages
    ("Le rendez-vous est le 9 décembre.", "Europe/Paris", []),
    ("Nous avons envoyé le devis le 2 décembre.", "Europe/Paris", []),
    ("Die Besprechung ist am 15. Januar.", "Europe/Berlin", []),
    ("La reunión es el 15 de enero.", "Europe/Madrid", []),
    ("Die Zahl 7.12 ist eine Dezimalzahl.", "Europe/Berlin", []),
])
def test_french_german_and_spanish_deadlines(text: str, zone: str, expected: list[str]) -> None:
    assert due(text, zone=zone, day_first=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Can we get the webinar landing page a week from Friday?", ["2026-12-11"]),
    ("Join our webinar on Friday.", []),
    ("The campaign goes live on January 4th, so paid social has to be trafficked by "
     "December 30.", ["2027-01-04", "2026-12-30"]),
    ("Invoices are paid by December 30.", []),
    ("We need it all by year-end.", ["2026-12-31"]),
    ("Our year-end appeal is going well.", []),
])
def test_a_few_words_that_changed_what_a_date_is(text: str, expected: list[str]) -> None:
    assert due(text) == expected


def test_a_hard_wrapped_line_keeps_its_length_and_joins_its_phrase() -> None:
    text = ("The brochure prints on January 20 and needs to be signed off by compliance a week\n"
            "before that.\n\nThanks,\nMarco")
    joined = unwrap(text)
    assert len(joined) == len(text)
    assert "a week before that" in joined
    assert "\n\nThanks,\nMarco" in joined  # short lines and paragraphs stay lines
    bullets = "Two things we'd like changed before this goes to the printer:\n- the logo\n- the map"
    assert unwrap(bullets) == bullets


OUTLOOK_TABLE = """<html><body><div class="WordSection1">
<p class="MsoNormal">Here is the schedule:</p>
<table class="MsoTableGrid" border="1">
<tr><td><p class="MsoNormal"><b>Deliverable</b></p></td><td><p class="MsoNormal"><b>Qty</b></p></td>
<td><p class="MsoNormal"><b>Due</b></p></td><td><p class="MsoNormal"><b>Budget</b></p></td>
<td><p class="MsoNormal"><b>Notes</b></p></td></tr>
<tr><td><p class="MsoNormal">Circular</p></td><td><p class="MsoNormal">8,000</p></td>
<td><p class="MsoNormal">Dec 9</p></td><td><p class="MsoNormal">$6,500</p></td>
<td><p class="MsoNormal">proofed Nov 30</p></td></tr>
<tr><td><p class="MsoNormal">Signage</p></td><td><p class="MsoNormal">40</p></td>
<td><p class="MsoNormal">Dec 14</p></td><td><p class="MsoNormal">$3,200</p></td>
<td><p class="MsoNormal">-</p></td></tr>
</table></div></body></html>"""


def test_a_table_says_by_its_headers_which_cells_are_deadlines_and_budgets() -> None:
    text = html_to_text(OUTLOOK_TABLE)
    assert "Circular | 8,000 | Dec 9 | $6,500 | proofed Nov 30" in text
    kinds = [(c.kind, text[c.start:c.end]) for c in table_cells(text)]
    assert kinds == [("due", "Dec 9"), ("budget", "$6,500"), ("due", "Dec 14"),
                     ("budget", "$3,200")]
    found = extract(text, sent_at=datetime(2026, 12, 1, 15, tzinfo=UTC),
                    timezone="America/New_York")
    assert [d.date.isoformat() for d in found.due_dates] == ["2026-12-09", "2026-12-14"]
    assert [(str(m.amount), m.kind) for m in found.money] == [("6500", "budget"),
                                                              ("3200", "budget")]


def test_a_table_without_such_headers_and_a_newsletter_layout_stay_as_they_were() -> None:
    assert table_cells("Name | Role\nAna | Designer\nBo | Writer") == []
    layout = ("<table><tr><td><h1>News</h1><ul><li>One</li><li>Two</li></ul></td>"
              "<td><p>Side</p></td></tr></table>")
    assert "- One\n- Two" in html_to_text(layout)


@pytest.mark.parametrize(("text", "expected"), [
    # the fourth set (tune4): a deadline the day before what follows the work
    ("We need print before the day 20 of december.", ["2026-12-19"]),
    ("Need the truck wraps done before we start spring jobs march 1.", ["2027-02-28"]),
    ("We need the files before the launch on March 1.", ["2027-03-01"]),  # as before
    ("Please send it before we meet on March 1.", []),  # a meeting
    # a weekday counted back from the date said last
    ("The grand opening is Saturday, December 19. We need the flyers in hand by the Tuesday "
     "before.", ["2026-12-15"]),
    ("We need the files by Friday before we leave.", ["2026-12-04"]),  # Friday itself
    ("Can we talk Tuesday before the call?", []),
])
def test_the_day_before_what_follows_the_work(text: str, expected: list[str]) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day counted inside a month
    ("We need the print files by the first week of March.", ["2027-03-01"]),
    ("Please send the files by the first Monday of March.", ["2027-03-01"]),
    ("The last Friday in June is our deadline.", ["2027-06-25"]),
    ("Please send it by the last business day of January.", ["2027-01-29"]),
    ("The report is due the last day of the month.", ["2026-12-31"]),
    ("We need it by the 15th of the following month.", ["2027-01-15"]),
    ("The middle of next month is fine for the launch.", ["2027-01-15"]),
    # ... and where nothing is due
    ("We met the first Monday of December.", []),
    ("The promo runs the last week of August.", []),  # a flight, not a day
    ("Please move $15,000 into the last week of February.", []),
    ("This is the last day of the sale.", []),
    ("Our first meeting of March is on the 4th.", []),
    ("Can we do mid next week?", []),  # no day is named
])
def test_a_day_counted_inside_a_month(text: str, expected: list[str]) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the day of the show, the shoot or the opening the work serves: due when the mail
    # names no deadline of its own (issue 12: "the shoot is on ...")
    ("The shoot is on December 14.", ["2026-12-14"]),
    ("The show opens January 13.", ["2027-01-13"]),
    ("Our grand opening is December 19.", ["2026-12-19"]),
    ("Campaign kicks off January 4.", ["2027-01-04"]),
    ("The show opens January 13 and our booth graphics have to be delivered by January 8.",
     ["2027-01-08"]),
    ("The show opens January 13. Booth graphics have to be at the hall a week before.",
     ["2027-01-06"]),
    # ... and days that are not the work's
    ("The event was a great success on the 9th.", []),
    ("She starts in her new role on January 4.", []),
    ("Our fiscal year starts February 1.", []),
    ("Our new head of sales starts on January 5 and may join our calls.", []),
])
def test_the_day_the_work_is_for(text: str, expected: list[str]) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We need the files the week after next.", ["2026-12-14"]),  # its Monday
    ("Files a fortnight from now please", ["2026-12-16"]),
    ("We need them inside of two weeks.", ["2026-12-16"]),
    ("I am away the week after next.", []),
])
def test_more_relative_deadlines(text: str, expected: list[str]) -> None:
    assert due(text) == expected


_TUESDAY = datetime(2027, 1, 12, 15, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    # French, German and Spanish deadlines relative to the mail, from a sweep
    ("Merci de livrer d'ici la fin du mois.", "2027-01-31"),
    ("Les fichiers doivent être prêts fin mars.", "2027-03-31"),
    # (a part of a month said alone, "Lancement début avril", is a vague time, as "launch in
    # early April" is: tests/unit/test_tune42_shapes.py)
    ("Lancement d'ici début avril.", "2027-04-01"),
    ("Il nous faut la maquette la semaine prochaine.", "2027-01-18"),
    ("Merci d'envoyer les fichiers dans deux semaines.", "2027-01-26"),
    ("Livraison avant le 15.", "2027-01-14"),  # before the 15th: the 14th
    ("Nous avons besoin des visuels pour demain.", "2027-01-13"),
    ("Merci de nous répondre lundi prochain au plus tard.", "2027-01-18"),
    ("Bitte liefern Sie bis Ende des Monats.", "2027-01-31"),
    ("Die Dateien müssen bis Ende März fertig sein.", "2027-03-31"),
    ("Wir brauchen den Entwurf nächste Woche.", "2027-01-18"),
    ("Bitte schicken Sie die Dateien in zwei Wochen.", "2027-01-26"),
    ("Wir brauchen die Motive bis morgen.", "2027-01-13"),
    ("Abgabe in KW 6.", "2027-02-08"),
    ("Druckdaten bis Mitte Februar.", "2027-02-15"),
    ("Los archivos deben estar listos a finales de marzo.", "2027-03-31"),
    ("Necesitamos el boceto la semana que viene.", "2027-01-18"),
    ("Envíen los archivos en dos semanas, por favor.", "2027-01-26"),
    ("Necesitamos las piezas para mañana.", "2027-01-13"),
    ("Respondan el próximo lunes, por favor.", "2027-01-18"),
    ("Le catalogue doit être prêt pour le 9 février.", "2027-02-09"),  # the day keeps its month
])
def test_foreign_deadlines_relative_to_the_mail(text: str, expected: str) -> None:
    found, _ = extract_due_dates(text, sent_at=_TUESDAY, timezone="Europe/Paris")
    assert expected in [d.date.isoformat() for d in found]


@pytest.mark.parametrize("text", [
    "Guten Morgen Frau Weber, vielen Dank für Ihre Nachricht.",
    "Je suis absent vendredi.",
    "El viernes estoy de vacaciones.",
    "Merci pour la réunion de lundi.",
])
def test_foreign_day_words_that_set_no_deadline(text: str) -> None:
    found, _ = extract_due_dates(text, sent_at=_TUESDAY, timezone="Europe/Paris")
    assert found == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("I need Friday off.", []),  # an absence
    ("Submit your expenses by Friday.", []),
    ("Due to the holiday on Monday, we'll be slower.", []),  # a cause
    ("Tax returns are due April 15.", []),
    ("Files are due to the printer Friday.", ["2027-01-15"]),  # "due to" a place still due
    ("The new site goes live January 11 for the subscription relaunch.", ["2027-01-11"]),
])
def test_dates_of_errands_causes_and_absences(text: str, expected: list[str]) -> None:
    found, _ = extract_due_dates(text, sent_at=_TUESDAY, timezone="America/New_York")
    assert [d.date.isoformat() for d in found] == expected
