"""Clients writing French, German or Spanish: the language is detected, requests and rules
read; greetings, thanks, questions and deadlines are not (issue 12)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract
from intake.parsers.language import detect_language
from intake.parsers.nlp import analyse
from intake.parsers.statements import extract_statements
from intake.parsers.statements.foreign import foreign_statements


@pytest.mark.parametrize(("text", "language"), [
    ("Bonjour Luca, pourriez-vous agrandir le logo et mettre le prix en rouge ? Merci", "fr"),
    ("Hallo Luca, wir brauchen die Plakate bis spätestens 7.12. Das Budget bleibt wie "
     "besprochen.", "de"),
    ("Hola Luca: necesitamos las etiquetas nuevas antes del 20 de diciembre. Gracias", "es"),
    ("Hi Sam, please move the launch to March 3. Mit freundlichen Grüßen, Jonas Weber", "en"),
    ("we need the leaflets for the 10/01, because the new clinic open the 15.", "en"),
    ("", "en"),
])
def test_the_language_of_a_mail(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(("language", "text", "changes", "requirements"), [
    # one change a sentence, as in English: its items are the statement's words
    ("fr", "Pourriez-vous agrandir le logo et mettre le prix en rouge ?", 1, 0),
    ("fr", "Merci d'ajouter une page sur notre crémant, et de remplacer la photo de couverture.",
     1, 0),
    ("fr", "Merci de supprimer la mention « nouveau » sur la bûche.", 1, 0),
    ("fr", "Toutes les étiquettes doivent mentionner « L'abus d'alcool est dangereux ».", 0, 1),
    ("fr", "Le catalogue doit être prêt pour le 9 décembre.", 0, 0),
    ("fr", "Merci pour votre retour rapide, tout nous convient.", 0, 0),
    ("de", "Bitte ändern Sie die Überschrift und machen Sie das Logo etwas größer.", 1, 0),
    ("de", "Bitte tauschen Sie das Titelbild gegen das Foto vom See aus.", 1, 0),
    ("de", "Alle Preise müssen inklusive MwSt. angegeben werden.", 0, 1),
    ("de", "Die Broschüre muss bis zum 15. Januar beim Drucker sein.", 0, 0),
    ("de", "Können Sie mir sagen, wann der Entwurf kommt?", 0, 0),
    ("es", "¿Podrían cambiar la tipografía del nombre del vino?", 1, 0),
    ("es", "Por favor, añadan subtítulos en inglés.", 1, 0),
    ("es", "Todas las etiquetas deben incluir el aviso sanitario.", 0, 1),
    ("es", "Gracias por el envío, nos gusta mucho.", 0, 0),
])
def test_requests_and_rules_in_their_own_language(language: str, text: str, changes: int,
                                                  requirements: int) -> None:
    found_changes, found_requirements, _ = extract_statements(analyse(text), language=language)
    assert (len(found_changes), len(found_requirements)) == (changes, requirements), (
        [c.evidence.words for c in found_changes], [r.evidence.words for r in found_requirements])


def test_a_sentence_of_several_asks_is_one_change_that_names_them_all() -> None:
    changes, _, _ = extract_statements(analyse(
        "Por favor, cambien la foto de portada y agreguen el logo del patrocinador."),
        language="es")
    assert [c.evidence.words for c in changes] == [
        "cambien la foto de portada y agreguen el logo del patrocinador"]


def test_an_english_mail_is_read_by_the_english_rules_only() -> None:
    changes, requirements, _ = extract_statements(analyse(
        "Please swap the hero photo. Alle Preise müssen angegeben werden is our tagline."))
    assert [c.action for c in changes] == ["swap"] and requirements == ()


def test_the_client_language_in_config_reads_a_mail_too_short_to_detect() -> None:
    """A three-word phone reply has too few common words to detect (one French word; a short
    note needs two); the client's configured language reads it anyway, and the same words
    from an English client stay unread."""
    from datetime import UTC, datetime

    from intake.parsers.extract import extract

    text = "Ajoutez le logo."
    assert detect_language(text) == "en"
    assert detect_language("Merci d'ajouter le logo.") == "fr"  # two: "merci", "le"
    sent = datetime(2026, 12, 1, 9, tzinfo=UTC)
    assert extract(text, sent_at=sent, timezone="UTC").change_requests == ()
    french = extract(text, sent_at=sent, timezone="UTC", language="fr").change_requests
    assert [(c.evidence.words, c.evidence.sentence) for c in french] == [
        ("Ajoutez le logo", "Ajoutez le logo.")]


def test_the_pipeline_reads_each_client_in_its_configured_language() -> None:
    from intake.classify import Classification
    from intake.config import AgencyConfig, ClientConfig
    from intake.parsers.mime import parse_message
    from intake.understanding import Extractor

    mail = parse_message(b"From: ines@vins.example\r\nTo: ae@agency.example\r\n"
                         b"Date: Tue, 1 Dec 2026 09:00:00 +0100\r\nSubject: logo\r\n"
                         b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
                         b"Ajoutez le logo.\r\n")
    extractor = Extractor(AgencyConfig(name="A", timezone="UTC", ae="ae@agency.example",
                                       intake="intake@agency.example"))
    for language, found in (("fr", 1), (None, 0)):
        client = ClientConfig(name="Vins", domains=("vins.example",), language=language)
        extraction = extractor(mail, Classification("client", client=client))
        assert len(extraction.change_requests) == found, language


@pytest.mark.parametrize(("text", "expected"), [
    ("Außerdem muss auf allen Motiven das CE-Zeichen zu sehen sein.", ["requirement"]),
    ("Auf jeder Seite muss die Adresse abgedruckt werden.", ["requirement"]),
    ("Die Datei muss bis Freitag beim Drucker sein.", []),  # a deadline
    ("Das Logo muss größer sein.", ["change_request"]),
    ("Das Logo sollte etwas kleiner sein.", ["change_request"]),
    ("Die Halle ist größer als letztes Jahr.", []),  # a size told, not asked for
])
def test_german_rules_and_sizes_of_the_fourth_set(text: str, expected: list[str]) -> None:
    assert [kind for kind, *_ in foreign_statements(text, "de")] == expected


_SENT = datetime(2027, 1, 12, 15, tzinfo=UTC)  # a Tuesday


@pytest.mark.parametrize(("language", "text", "kind"), [
    # a grammar sweep of French, German and Spanish client mail (fifth session)
    ("fr", "Est-ce possible de mettre le prix en gras ?", "change_request"),
    ("fr", "Le logo est trop petit.", "change_request"),
    ("fr", "Le logo ne doit jamais être déformé.", "requirement"),
    ("fr", "Notre objectif est d'augmenter les ventes de 15 %.", "objective"),
    ("fr", "Merci de nous envoyer les maquettes d'ici vendredi.", "due"),
    ("de", "Wir möchten den Launch auf den 15. März verschieben.", "change_request"),
    ("de", "Das Logo ist zu klein.", "change_request"),
    ("de", "Bitte fügen Sie unsere Telefonnummer hinzu.", "change_request"),
    ("de", "Das Logo darf nie verzerrt werden.", "requirement"),
    ("de", "Unser Ziel ist es, den Umsatz um 15 % zu steigern.", "objective"),
    ("de", "Bitte schicken Sie uns die Entwürfe bis Freitag.", "due"),
    ("es", "El logo es demasiado pequeño.", "change_request"),
    ("es", "El logo nunca debe deformarse.", "requirement"),
    ("es", "Nuestro objetivo es aumentar las ventas un 15 %.", "objective"),
    ("es", "Por favor envíennos los bocetos para el viernes.", "due"),
])
def test_a_grammar_sweep_in_their_own_language(language: str, text: str, kind: str) -> None:
    found = extract(text, sent_at=_SENT, timezone="Europe/Paris", language=language)
    by_kind = {"change_request": found.change_requests, "requirement": found.requirements,
               "objective": found.objectives, "due": found.due_dates}
    assert by_kind[kind], text


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le logo n'est pas trop petit, c'est parfait."),
    ("fr", "Le prix est trop élevé pour nous."),
    ("fr", "Notre objectif était de vendre plus l'an dernier."),
    ("fr", "Ça ne peut pas attendre, désolé."),
    ("fr", "Pour la campagne, le budget ne doit pas dépasser 8.000 €."),  # a cap, not a rule
    ("de", "Das darf nicht wieder passieren."),
    ("de", "Der Preis ist zu hoch."),
    ("de", "Ich bin am Freitag nicht im Büro."),
    ("es", "No puede ser."),
    ("es", "El precio es demasiado alto."),
    ("es", "El viernes estoy de vacaciones."),
])
def test_the_same_words_where_nothing_is_asked(language: str, text: str) -> None:
    found = extract(text, sent_at=_SENT, timezone="Europe/Paris", language=language)
    assert not (found.change_requests or found.requirements or found.objectives
                or found.due_dates), found


def test_a_german_weekday_and_its_date_are_one_day() -> None:
    found = extract("Wir benötigen die Roll-ups bis Freitag, den 22. Januar.", sent_at=_SENT,
                    timezone="Europe/Berlin", language="de")
    assert [d.date.isoformat() for d in found.due_dates] == ["2027-01-22"]


@pytest.mark.parametrize(("language", "text", "kind"), [
    ("fr", "Nous voulons augmenter les ventes de 20 %.", "objective"),
    ("de", "Wir wollen den Umsatz um 15 % steigern.", "objective"),
    ("es", "Queremos aumentar las reservas un 10 %.", "objective"),
    ("fr", "Nous voulons changer le logo.", "change_request"),
    ("fr", "Nous voulons vous remercier.", None),
])
def test_wants_in_their_own_language(language: str, text: str, kind: str | None) -> None:
    found = extract(text, sent_at=_SENT, timezone="Europe/Paris", language=language)
    kinds = {k for k, items in (("objective", found.objectives),
                                ("change_request", found.change_requests)) if items}
    assert kinds == ({kind} if kind else set())


@pytest.mark.parametrize(("text", "language"), [
    # one sentence, no greeting: two words of the language and none of English's decide
    ("Il faudrait remplacer la photo de couverture.", "fr"),
    ("Merci de ne pas utiliser de photos de stock.", "fr"),
    ("Bitte keine Stockfotos verwenden.", "de"),
    ("Das Logo muss immer rechts oben stehen.", "de"),
    ("¿Podrían acortar el titular?", "es"),
    ("Hay que cambiar la foto de la portada.", "es"),
    # an English note with a foreign word or name stays English
    ("Merci! See you at Le Bernardin.", "en"),
    ("Thanks, Jürgen", "en"),
    ("Please use the Müller photo.", "en"),
    ("Our new store in São Paulo opens Jan 4.", "en"),
    ("The Día de los Muertos promo needs to go out Oct 28.", "en"),
    ("ok merci", "en"),
])
def test_the_language_of_one_sentence(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(("language", "text", "kind"), [
    ("fr", "Merci de ne pas utiliser de photos de stock.", "requirement"),
    ("fr", "Nous aimerions augmenter nos ventes en ligne de 20 %.", "objective"),
    ("de", "Bitte keine Stockfotos verwenden.", "requirement"),
    ("es", "El logo siempre debe ir en la esquina superior derecha.", "requirement"),
    ("es", "Por favor, no usen fotos de stock.", "requirement"),
    ("es", "Hay que cambiar la foto de la portada.", "change_request"),
])
def test_rules_goals_and_asks_of_one_sentence(language: str, text: str, kind: str) -> None:
    assert [k for k, *_ in foreign_statements(text, language)] == [kind]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Nous n'avons pas de photos de stock."),
    ("de", "Wir haben keine Stockfotos mehr."),
    ("es", "No hay fotos de stock en la carpeta."),
])
def test_no_stock_photos_said_as_a_fact_is_no_rule(language: str, text: str) -> None:
    assert foreign_statements(text, language) == []
