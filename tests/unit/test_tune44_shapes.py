"""Shapes found by the tune44 batch (``tests/data/extraction/specs_59.py``: a third week of
French, German and Spanish clients, scored blind before any rule was written: change
requests 0.526, requirements 0.471). Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract
from intake.parsers.statements.foreign import foreign_statements

SENT = datetime(2027, 8, 11, 9, tzinfo=UTC)  # a Wednesday


def _kinds(text: str, language: str) -> list[str]:
    return [kind for kind, *_ in foreign_statements(text, language)]


@pytest.mark.parametrize(("text", "language", "kinds"), [
    ("Est-ce que vous pourriez remonter le nom du domaine au-dessus de l'illustration ?", "fr",
     ["change_request"]),
    ("Je souhaiterais aussi que le millésime soit en doré.", "fr", ["change_request"]),
    ("Je souhaiterais que vous soyez présent à la réunion.", "fr", []),
    ("Il nous faut maintenant le stand pour le 17 septembre au lieu du 24.", "fr",
     ["change_request"]),
    ("Veillez à ce que les mentions légales figurent sur chaque visuel.", "fr",
     ["requirement"]),
    ("Aucune photo avant/après n'est autorisée.", "fr", ["requirement"]),
    ("Ich hätte gern auch einen kurzen Text zur neuen Kollektion unter dem Banner.", "de",
     ["change_request"]),
    ("Ich hätte gern einen Termin nächste Woche.", "de", []),
    ("Es ist untersagt, Werbung für Dritte auf den Bannern zu zeigen.", "de", ["requirement"]),
    ("Achten Sie bitte auf ausreichend Abstand zum Rand.", "de", ["requirement"]),
    ("Bitte keine Fotos mit Flugzeugen, wir setzen auf Bahnreisen.", "de", ["requirement"]),
    ("Bitte keine Eile, nächste Woche reicht.", "de", []),
    ("Jede Reise braucht eine CO2-Angabe.", "de", ["requirement"]),
    ("Wichtig: alle Preise pro Person und Nacht angeben.", "de", ["requirement"]),
    ("Bitte stoppen Sie die Plakataktion vorerst.", "de", ["change_request"]),
    ("Mit der Herbstaktion wollen wir die Probefahrten um 30 % steigern.", "de", ["objective"]),
    ('¿Les importaría cambiar el texto del botón por "Reserva ya"?', "es", ["change_request"]),
    ("Me gustaría que el precio apareciera más grande.", "es", ["change_request"]),
    ("Me gustaría que nos llamaran mañana.", "es", []),
    ("Procuren que todos los anuncios lleven el logo de la DOP.", "es", ["requirement"]),
    ("Por favor, corríjanlo en todas las etiquetas.", "es", ["change_request"]),
    ("Añadid también el certificado energético de cada vivienda, es obligatorio por ley.",
     "es", ["change_request"]),
])
def test_third_week_of_clients_own_languages(text: str, language: str,
                                             kinds: list[str]) -> None:
    assert _kinds(text, language) == kinds


@pytest.mark.parametrize(("text", "zone", "due"), [
    ("Die Banner müssen binnen einer Woche hängen.", "Europe/Berlin", ["2027-08-18"]),
    ("Merci de nous renvoyer une version corrigée sous huitaine.", "Europe/Paris",
     ["2027-08-19"]),
    ("Nous avons besoin de la maquette dans un mois.", "Europe/Paris", ["2027-09-11"]),
    ("Bitte die Öffnungszeiten am Samstag korrigieren. Wir brauchen den Flyer bis Donnerstag.",
     "Europe/Berlin", ["2027-08-12"]),  # the Saturday of the opening hours is no day
    ("El horario del sábado está mal.", "Europe/Madrid", []),
])
def test_days_of_the_third_week(text: str, zone: str, due: list[str]) -> None:
    found = extract(text, sent_at=SENT, timezone=zone, day_first=True)
    assert [d.date.isoformat() for d in found.due_dates] == due
