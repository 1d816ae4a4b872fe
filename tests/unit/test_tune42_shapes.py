"""Shapes found by the tune42 batch (``tests/data/extraction/specs_56.py``: a second week of
French, German and Spanish clients, scored blind before any rule was written: due dates
0.696, change requests 0.476, requirements 0.615, objectives 0.400). Each rule has
look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract
from intake.parsers.statements import extract_statements
from intake.parsers.statements.foreign import foreign_statements

SENT = datetime(2027, 7, 19, 9, tzinfo=UTC)  # a Monday


def _dates(text: str, zone: str = "Europe/Paris") -> tuple[list[str], list[str]]:
    found = extract(text, sent_at=SENT, timezone=zone, day_first=True)
    return ([d.date.isoformat() for d in found.due_dates],
            [d.date.isoformat() for d in found.replaced_dates])


def _kinds(text: str, language: str) -> list[str]:
    return [kind for kind, *_ in foreign_statements(text, language)]


@pytest.mark.parametrize(("text", "language", "kinds"), [
    ("Il faudrait que le logo soit plus grand et que le flacon soit centré.", "fr",
     ["change_request"]),
    ("Il faudrait que vous soyez là à 10 h.", "fr", []),
    ("Le visuel n° 2 ne nous plaît pas du tout.", "fr", ["change_request"]),
    ("Et mettre en avant le gruyère sur la couverture, à la place du vacherin.", "fr",
     ["change_request"]),
    ("Merci d'adapter toutes les dates dans les visuels.", "fr", ["change_request"]),
    ("la campagne démarrera le 15 octobre et non le 1er.", "fr", ["change_request"]),
    ("Pour les affiches : attention, pas de photos d'enfants identifiables.", "fr",
     ["requirement"]),
    ("Nous tablons sur 300 essais sur route pendant le week-end.", "fr", ["objective"]),
    ("Könnten wir den Termin für die Druckdaten auf den 10. August vorziehen?", "de",
     ["change_request"]),
    ("Das Titelfoto gefällt uns nicht, bitte ein anderes vorschlagen.", "de",
     ["change_request"]),
    ("Alle Motive werden von unserer Rechtsabteilung freigegeben.", "de", ["requirement"]),
    ("Es dürfen keine Zinssätze ohne Stand-Datum genannt werden.", "de", ["requirement"]),
    ("Preise bitte immer in CHF und EUR.", "de", ["requirement"]),
    ("Wir sind immer in Eile.", "de", []),
    ("Bitte beachten Sie, dass Patientenfotos nur mit Einwilligung verwendet werden dürfen.",
     "de", ["requirement"]),
    ("Bitte beachten Sie, dass unser Büro am Freitag geschlossen ist.", "de", []),
    ("Mit der Aktion rechnen wir mit ca. 500 neuen Abonnenten.", "de", ["objective"]),
    ("¿Sería posible adelantar la entrega del catálogo al 20 de agosto?", "es",
     ["change_request"]),
    ("No nos convence el titular de la portada.", "es", ["change_request"]),
    ("La foto tiene que ser vertical, no horizontal.", "es", ["change_request"]),
    ("Cámbiala cuando puedas, por favor.", "es", ["change_request"]),
    ("Para las rebajas nuestra meta es vender 1.000 sofás.", "es", ["objective"]),
])
def test_second_week_of_clients_own_languages(text: str, language: str,
                                              kinds: list[str]) -> None:
    assert _kinds(text, language) == kinds


def test_a_short_verdict_after_the_ask_is_its_reason() -> None:
    changes, _, _ = extract_statements(
        "¿Podéis cambiar el color del fondo a verde oliva? El azul no nos convence.",
        language="es")
    assert len(changes) == 1
    changes, _, _ = extract_statements(
        "Il faudrait que le logo soit plus grand. Le visuel n° 2 ne nous plaît pas du tout.",
        language="fr")
    assert len(changes) == 2  # a piece of its own


@pytest.mark.parametrize(("text", "zone", "due", "replaced"), [
    ("Nous avons besoin des fichiers sous 10 jours ouvrés.", "Europe/Paris",
     ["2027-08-02"], []),
    ("Wir benötigen die Korrektur innerhalb von 5 Werktagen.", "Europe/Berlin",
     ["2027-07-26"], []),
    ("Pourriez-vous nous faire parvenir une nouvelle version avant vendredi ?",
     "Europe/Paris", ["2027-07-22"], []),
    ("Die Landingpage sollte bis Ende nächster Woche stehen.", "Europe/Berlin",
     ["2027-07-30"], []),
    ("Für die Buchmesse brauchen wir Anfang Oktober einen Messestand.", "Europe/Berlin",
     [], []),  # early October: no day
    ("Wir brauchen die Plakate bis Anfang Oktober.", "Europe/Berlin", ["2027-10-01"], []),
    ("Lancement début avril.", "Europe/Paris", [], []),  # as "launch in early April"
    ("Les invitations doivent partir fin septembre.", "Europe/Paris", ["2027-09-30"], []),
    ("la campagne démarrera le 15 octobre et non le 1er.", "Europe/Paris", ["2027-10-15"],
     ["2027-10-01"]),
    ("Der Start ist am 15. Oktober, nicht am 1. Oktober.", "Europe/Berlin", ["2027-10-15"],
     ["2027-10-01"]),
    ("Imprimimos el 5 de agosto.", "Europe/Madrid", ["2027-08-05"], []),
])
def test_days_of_the_second_week(text: str, zone: str, due: list[str],
                                 replaced: list[str]) -> None:
    assert _dates(text, zone) == (due, replaced)
