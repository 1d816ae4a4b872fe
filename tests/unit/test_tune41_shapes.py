"""Shapes found by the tune41 batch (``tests/data/extraction/specs_55.py``: clients writing
French, German and Spanish, scored blind before any rule was written: due dates 0.759,
change requests 0.500, requirements 0.667). Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract
from intake.parsers.nlp import sentence_starts
from intake.parsers.statements.foreign import foreign_statements

SENT = datetime(2027, 7, 15, 9, tzinfo=UTC)  # a Thursday


def _dates(text: str, zone: str = "Europe/Paris") -> tuple[list[str], list[str]]:
    found = extract(text, sent_at=SENT, timezone=zone, day_first=True)
    return ([d.date.isoformat() for d in found.due_dates],
            [d.date.isoformat() for d in found.replaced_dates])


def _kinds(text: str, language: str) -> list[str]:
    return [kind for kind, *_ in foreign_statements(text, language)]


@pytest.mark.parametrize(("text", "language", "kinds"), [
    ("Et le texte au dos est trop long, merci de le raccourcir d'un tiers.", "fr",
     ["change_request"]),
    ("Peux-tu remplacer la photo du vélo rouge par le bleu ?", "fr", ["change_request"]),
    ("On doit repousser le lancement au 13 septembre.", "fr", ["change_request"]),
    ("Il manque le prix sur la page 3.", "fr", ["change_request"]),
    ("Les photos doivent être celles de nos propres biens, jamais de banque d'images.", "fr",
     ["requirement"]),
    ("Les photos sont celles de notre photographe.", "fr", []),
    ("Außerdem fehlt das Logo unseres Partners unten rechts.", "de", ["change_request"]),
    ("Uns fehlt noch die Freigabe vom Chef.", "de", []),  # the client's own wait
    ('Bitte den Hinweis "Neu!" auf dem Etikett streichen.', "de", ["change_request"]),
    ("Bitte beachten Sie, dass alle Preisangaben die Mehrwertsteuer enthalten müssen.", "de",
     ["requirement"]),
    ("Wichtig ist uns, dass jede Produktseite den Preis und die Maße zeigt.", "de",
     ["requirement"]),
    ("Wichtig ist, dass Sie gut ankommen.", "de", []),
    ("Wir möchten mit der Kampagne 2.000 neue Abonnenten gewinnen.", "de", ["objective"]),
    ("También el precio del vestido negro está mal, es 89 €, no 98 €.", "es",
     ["change_request"]),
    ("Por favor, no uséis fotos de stock, solo las del hotel.", "es", ["requirement"]),
    ("Por favor, paren la campaña de radio hasta nuevo aviso.", "es", ["change_request"]),
    ("Luca, cambia el color del botón a naranja.", "es", ["change_request"]),
    ("Madrid, cambia mucho en verano.", "es", []),
    ("Falta el logo del patrocinador.", "es", ["change_request"]),
])
def test_asks_and_rules_in_the_clients_language(text: str, language: str,
                                                 kinds: list[str]) -> None:
    assert _kinds(text, language) == kinds


def test_a_quoted_cry_does_not_end_the_sentence() -> None:
    text = 'Bitte den Hinweis "Neu!" auf dem Etikett streichen. Sonst passt alles.'
    assert sentence_starts(text) == [text.index("Sonst")]
    assert sentence_starts('He said "Wow!" Then he left.') == [len('He said "Wow!" ')]


@pytest.mark.parametrize(("text", "due", "replaced"), [
    ("on doit repousser le lancement au 13 septembre au lieu du 6.", ["2027-09-13"],
     ["2027-09-06"]),
    ("Hay que retrasar el lanzamiento al 13 de septiembre en lugar del 6.", ["2027-09-13"],
     ["2027-09-06"]),
    ("Wir müssen den Start auf den 13. September statt auf den 6. verschieben.",
     ["2027-09-13"], ["2027-09-06"]),
    ("We have to push the launch to September 13 instead of the 6th.", ["2027-09-13"],
     ["2027-09-06"]),  # the old day takes the new one's month
    ("We have until the 17th instead of the 14th.", ["2027-07-17"], ["2027-07-14"]),
])
def test_the_old_day_of_a_move(text: str, due: list[str], replaced: list[str]) -> None:
    assert _dates(text) == (due, replaced)


@pytest.mark.parametrize(("text", "due"), [
    ("Der Katalog soll Ende KW 36 in den Filialen liegen.", ["2027-09-10"]),
    ("Der Katalog soll in KW 36 in den Filialen liegen.", ["2027-09-06"]),
    ("Druck ist am 23.07.", ["2027-07-23"]),
    ("Wir stehen unter Druck seit dem 3. Juli.", []),
    ("Aushang ab 1. Oktober.", ["2027-10-01"]),
    ("Queremos imprimir el 27 de agosto.", ["2027-08-27"]),
    ("Le salon ouvre le 15 septembre, les brochures doivent être livrées au plus tard le 10 "
     "septembre.", ["2027-09-10"]),
    ("Dann kann ich Ihnen bis Montag Bescheid geben, welche Motive wir nehmen.", []),
    ("Können Sie mir die Dateien bis Montag schicken?", ["2027-07-19"]),
    ("Je vous confirme d'ici lundi.", []),
    ("Merci de nous envoyer les fichiers d'ici lundi.", ["2027-07-19"]),
])
def test_days_in_the_clients_language(text: str, due: list[str]) -> None:
    assert _dates(text, "Europe/Berlin")[0] == due
