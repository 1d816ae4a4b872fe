"""Change requests and requirements written in French, German or Spanish.

Input: one unit's text and the message's language (:mod:`intake.parsers.language`).
Output: ``(kind, start, end, action)`` for each request verb or obligation found,
offsets relative to the unit. The English rules look at cue words from a
matcher; clients writing their own language use few, fixed forms instead: a
polite frame before an infinitive ("Pourriez-vous agrandir", "¿Podrían
cambiar", "Merci de supprimer"), the formal imperative ("Bitte ändern Sie",
"Por favor, cambien"), and for rules a modal with a verb of showing or
containing ("doivent mentionner", "müssen ... angegeben werden", "deben
incluir"). Each verb of a request ("agrandir le logo et mettre le prix en
rouge") is an item of its own. A modal that only sets a deadline ("doit être
prêt pour le 9 décembre") is a due date's business, as in English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from intake.parsers.prefilter import prefilter_patterns

__all__ = ["disliked", "foreign_statements"]

Found = tuple[str, int, int, str | None]  # kind, start, end, action


def _alt(words: str) -> str:
    return "|".join(sorted(words.split(), key=len, reverse=True))


# -- French ------------------------------------------------------------------------------------

_FR_VERBS = _alt(
    "ajouter remplacer changer modifier supprimer enlever retirer agrandir réduire raccourcir "
    "rallonger mettre déplacer décaler repousser reporter avancer corriger reprendre refaire "
    "retoucher intégrer insérer utiliser grossir éclaircir foncer centrer aligner tester "
    "adapter actualiser revoir retravailler harmoniser inverser recadrer souligner remonter "
    "descendre rapetisser"
)
_FR_IMPERATIVES = _alt(
    "ajoutez remplacez changez modifiez supprimez enlevez retirez agrandissez réduisez "
    "raccourcissez mettez déplacez décalez repoussez reportez avancez corrigez reprenez "
    "refaites intégrez insérez utilisez"
)
# An object pronoun between the frame and its verb: "merci de le raccourcir".
_FR_OBJECT = r"(?:(?:le|la|les|lui|leur|nous)\s+|l['’])?"
_FR_REQUEST = re.compile(
    rf"\b(?:(?:pourriez|pouvez|pourrais|peux)[- ](?:vous|tu)|tu\s+(?:peux|pourrais))\s+"
    rf"(?:(?:s'il vous plaît|s'il te plaît|svp|stp|bien|aussi|également|encore)\s+)*"
    rf"{_FR_OBJECT}(?P<v1>{_FR_VERBS})\b"
    rf"|\bmerci\s+(?:de\s+|d['’])(?:bien\s+vouloir\s+)?{_FR_OBJECT}(?P<v2>{_FR_VERBS})\b"
    rf"|\b(?:veuillez|il faudrait|il faut|nous aimerions|j'aimerais|on aimerait|on pourrait|"
    rf"nous souhaiterions|je souhaiterais|nous voulons|nous souhaitons|nous voudrions|"
    rf"je voudrais|on voudrait|on doit|nous devons|on devrait|est-ce possible de|"
    rf"est-il possible de|serait-il "
    rf"possible de|est-ce que vous pourriez|est-ce que vous pouvez)\s+(?:bien\s+)?"
    rf"{_FR_OBJECT}(?P<v3>{_FR_VERBS})\b"
    rf"|(?:^|[.!;:]\s+)(?P<v4>{_FR_IMPERATIVES})\b",
    re.IGNORECASE,
)
# "Il faudrait que le logo soit plus grand": the wish in the subjunctive; "mettre en avant le
# gruyère ..., à la place du vacherin": one thing for another
_FR_WISH = re.compile(
    r"\b(?:il (?:faudrait|faut)|je souhaiterais|nous souhaiterions|j['’]aimerais|nous aimerions|"
    r"je voudrais|nous voudrions|on voudrait)\s+(?:aussi\s+|également\s+|bien\s+)?(?:que|qu['’])\s+"
    r"[^.;!?]{1,40}?\b(?:soit|soient|ait|aient|apparaisse|apparaissent|figure)\b"
    # "il nous faut maintenant le stand pour le 17 septembre au lieu du 24": a day moved
    r"|\b(?:pour le|le|au)\s+\d{1,2}(?:er)?\s+[a-zéû]+\s+au lieu (?:du|de)\s+\d"
    rf"|\b(?P<v>{_FR_VERBS})\b[^.;!?]{{0,60}}?\bà la place (?:de|du|des|d['’])"
    # "Je préférerais une police plus moderne": another look preferred
    r"|\b(?:je|nous|on)\s+(?:préférerais|préférerions|préférerait|préfère|préférons)\s+(?:un|une|"
    r"le|la|les|des)\s+(?:\w+\s+)?(?:police|typo|typographie|couleur|couleurs|photo|photos|image|"
    r"images|logo|titre|texte|mise en page|fond|visuel|visuels|accroche|slogan|bouton|ton)\b"
    r"[^.;!?]{0,20}?\b(?:plus|moins)\s+\w",
    re.IGNORECASE)
# "Me gustaría que el precio apareciera más grande": the Spanish wish in the subjunctive
_ES_WISH = re.compile(r"\b(?:me|nos)\s+gustaría\s+que\s+[^.;!?]{1,40}?\b(?:fuera|fueran|apareciera|"
                      r"aparecieran|estuviera|estuvieran|tuviera|tuvieran|llevara|llevaran)\b"
                      # "necesitamos que el logo esté más grande": a piece wished otherwise
                      r"|\b(?:necesitamos|queremos|preferimos|preferiríamos)\s+que\s+"
                      r"(?:el|la|los|las)\s+(?!campaña|ventas|resultados|negocio|tienda|empresa|"
                      r"marca|público|equipo)[^.;!?]{1,30}?\b(?:sea|sean|esté|estén|se vea|"
                      r"se vean)\s+"
                      r"(?:un poco\s+|algo\s+)?(?:más|menos)\s+\w",
                      re.IGNORECASE)
# "Ich hätte gern auch einen kurzen Text unter dem Banner": a thing wished into the piece (not
# "ich hätte gern einen Termin", a meeting)
_DE_WANTED = re.compile(r"\b(?:ich|wir)\s+hätten?\s+gerne?\s+(?:auch\s+|noch\s+)?"
                        r"(?:einen|eine|ein)\s+(?!termin|anruf|rückruf|angebot|rechnung|gespräch)"
                        # (not "wir hätten gerne ein größeres Budget gehabt": a past wish)
                        r"(?![^.;!?]*\b(?:gehabt|gewesen)\b)\w",
                        re.IGNORECASE)
_WISHES = {"fr": _FR_WISH, "es": _ES_WISH, "de": _DE_WANTED}
_FR_MORE = re.compile(rf"\bet\s+(?:de\s+|d['’])?(?P<v>{_FR_VERBS})\b", re.IGNORECASE)
_FR_RULE = re.compile(
    # "Toutes les photos doivent être libres de droits": a rule for every piece
    r"\b(?:tou(?:te)?s\s+(?:les|nos)|chaque)\s+(?!employés|collègues|participants|invités|"
    r"clients|personnes)[\w'-]+(?:\s+[\w'-]+)?\s+(?:doit|doivent)\s+être\b|"
    r"\b(?:doit|doivent)\s+(?:obligatoirement\s+|impérativement\s+|toujours\s+|aussi\s+)?"
    r"(?:mentionner|comporter|inclure|contenir|figurer|respecter|afficher|apparaître|porter|montrer|"
    r"indiquer|être\s+(?:conformes?|mentionnée?s?|indiquée?s?|validée?s?|approuvée?s?))\b"
    r"|\b(?:obligatoire|impératif|indispensable|il est (?:très )?important que)\b"
    # "l'organisateur exige que tous les visuels soient ignifugés": a party's demand
    # (of the pieces, not of people: not "le client exige qu'on le rappelle")
    r"|\b(?:exige|exigent|impose|imposent)\s+que\s+(?:tous|toutes|chaque|les|le|la|l['’])"
    # "le texte doit être au tutoiement, c'est notre charte": a modal beside its rule
    r"|\b(?:doit|doivent)\b[^.!?]{0,80}?\b(?:charte(?: graphique)?|la loi|légal\w*|"
    r"réglementation|guide de marque)\b"
    r"|\b(?:doit|doivent)\s+(?:obligatoirement\s+|toujours\s+)?être\s+(?:rédigée?s?\s+|"
    r"traduite?s?\s+)?en\s+(?:français|anglais|allemand|espagnol|italien|néerlandais)\b"
    r"|\b(?:doit|doivent)\s+être\s+bilingues?\b"
    # "Les photos doivent être celles de nos propres biens": only these
    r"|\b(?:doit|doivent)\s+(?:toujours\s+)?être\s+(?:celles?|ceux|celui|uniquement|"
    r"exclusivement)\b"
    # "nous ne mettons jamais de prix barrés": the house's never
    r"|\bnous\s+ne\s+(?:mettons|montrons|utilisons|publions|faisons|citons|affichons)\s+"
    r"(?:jamais|pas)\b"
    r"|\bne\s+(?:doit|doivent)\s+(?:jamais|pas|en aucun cas)\b"
    r"|\battention\s*[:,]?\s+(?:pas|jamais|aucune?)\s+(?:de\s+|d['’])?\w"
    r"|\b(?:veillez|veiller)\s+à\s+ce\s+(?:que|qu['’])|\bassurez-vous\s+(?:que|qu['’])"
    r"|\baucune?\b[^.;!?]{0,40}?\bn['’]est\s+(?:pas\s+)?(?:autorisée?|permise?|acceptée?)\b"
    r"|\bne\s+(?:peut|peuvent)\s+(?:jamais|pas)\s+(?:être|apparaître|figurer|mentionner|"
    r"montrer|utiliser)\b|\binterdite?s?\b"
    r"|\b(?:merci de |prière de )?ne pas (?:utiliser|mettre|montrer|mentionner|changer|"
    r"modifier|toucher)\b|\bn['’](?:utilisez|utilisons) (?:pas|jamais)\b|\bévitez\b"
    # "Merci de respecter notre charte graphique", "Pas de photos de stock, s'il vous plaît"
    r"|\b(?:respecter|respectez|suivre|suivez|appliquer|appliquez)\s+(?:notre|nos|la|les)\s+"
    r"(?:charte|guide|règles|consignes|normes|directives)\b"
    r"|^\W*pas\s+de\s+(?!problème|souci|soucis|panique|stress|rush|urgence|nouvelles|réponse|"
    r"quoi)[\w'-]+[^.;!?]{0,40}?(?:s'il vous plaît|s’il vous plaît|svp|merci)",
    re.IGNORECASE,
)

# -- German ------------------------------------------------------------------------------------

_DE_VERBS = _alt(
    "ändern tauschen austauschen ersetzen entfernen streichen löschen ergänzen hinzufügen "
    "vergrößern verkleinern verschieben korrigieren kürzen nehmen setzen machen einfügen "
    "anpassen überarbeiten vorziehen stoppen pausieren anhalten aktualisieren"
)
# Words up to the verb, dots of a date ("auf den 15. März") included.
_DE_SPAN = r"(?:\"[^\"\n]{0,30}\"|„[^“\n]{0,30}“|[^.?!]|(?<=\d)\.)"
_DE_REQUEST = re.compile(
    rf"\bbitte\s+(?P<v1>{_DE_VERBS})\s+sie\b"
    rf"|\b(?P<v2>{_DE_VERBS})\s+sie\s+(?:bitte\s+)?"
    # (not "Können Sie uns sagen, wann Sie die Preise ändern?": a question about the work)
    rf"|\b(?:können|könnten|würden)\s+(?:sie|wir)\s+(?:bitte\s+|uns\s+)?"
    rf"(?!(?:bitte\s+|mir\s+|uns\s+){{0,2}}(?:sagen|mitteilen|bestätigen|erklären)\b)"
    rf"{_DE_SPAN}{{0,60}}?"
    rf"\b(?P<v3>{_DE_VERBS})\b"
    rf"|\bwir\s+(?:möchten|hätten gern|wünschen uns|bitten sie)\s+{_DE_SPAN}{{0,50}}?"
    rf"\b(?P<v4>{_DE_VERBS})\b"
    # "fügen Sie unsere Telefonnummer hinzu": a verb split around its object
    rf"|\b(?P<v5>fügen)\s+sie\b[^?!;]{{0,60}}?\bhinzu\b"
    # "Bitte das Foto auf der Rückseite austauschen": the infinitive closing the clause
    rf"|\bbitte\s+(?!(?:nicht|nichts|kein\w*)\b)(?:(?!\b(?:nicht|nichts|kein\w*)\b)"
    rf"{_DE_SPAN}){{0,60}}?\b(?P<v6>{_DE_VERBS})(?=\s*(?:[.,;!]|$))",
    re.IGNORECASE,
)
_DE_MORE = re.compile(rf"\bund\s+(?P<v>{_DE_VERBS})\s+sie\b", re.IGNORECASE)
_DE_RULE = re.compile(
    # "Alle Fotos müssen lizenzfrei sein": a rule for every piece
    r"\b(?:alle|jede|jedes|jeder|sämtliche)\s+(?!mitarbeiter|kollegen|teilnehmer|gäste|kunden|"
    r"besucher|leute|personen)[\w-]+(?:\s+[\w-]+)?\s+(?:muss|müssen)\b|"
    # "..., dass alle Preisangaben die Mehrwertsteuer enthalten müssen": the modal last
    r"\b(?:enthalten|angegeben|aufgeführt|tragen|zeigen|ausgewiesen|abgebildet|genannt)\s+"
    r"(?:werden\s+|sein\s+)?(?:muss|müssen)\b|"
    r"\b(?:muss|müssen)\b[^;!?]{0,80}?\b(?:enthalten|angegeben|aufgeführt|tragen|stehen|zeigen|"
    r"erscheinen|beachtet|versehen|genannt|abgebildet|eingehalten|freigegeben|"
    r"zu sehen sein|sichtbar sein|abgedruckt|aufgedruckt|vermerkt|ausgewiesen|platziert|"
    r"angelegt)\b"  # "Alle Drucksachen müssen im CMYK-Farbraum ... angelegt sein"
    # "alle Texte müssen auch auf Englisch vorliegen": the languages the work comes in
    r"|\b(?:muss|müssen)\b[^;!?]{0,60}?\b(?:auf|in)\s+(?:englisch|deutsch|französisch|"
    r"italienisch|spanisch|niederländisch)\b"
    r"|\b(?:muss|müssen)\s+(?:\w+\s+){0,2}?(?:zweisprachig|mehrsprachig|dreisprachig)\b"
    r"(?![^.!?]*\?)"  # (not "Müssen die Plakate zweisprachig sein, oder reicht Deutsch?")
    r"|\b(?:pflicht|zwingend|unbedingt erforderlich|vorgeschrieben)\b"
    # a modal beside the rule it follows: "Der Text muss in der Du-Form sein, das ist unsere
    # Markenrichtlinie" (not "das Logo muss größer sein": no rule named)
    r"|\b(?:muss|müssen)\b[^.!?]{0,80}?\b(?:\w*richtlinien?|vorgaben?|gesetzlich\w*|"
    r"styleguides?|corporate design|\w*handbuch)\b"
    r"|\b(?:muss|müssen)\b[^.;!?]{0,40}?\b(?:du|sie)-form\b"
    # "Wichtig ist uns, dass jede Produktseite den Preis zeigt", "Bitte beachten Sie, dass ..."
    r"|\bwichtig\s+(?:ist\s+(?:uns|mir|für\s+uns)|für\s+uns\s+ist)\s*,?\s+dass\b"
    r"|\bachten\s+sie\s+(?:bitte\s+)?darauf\s*,?\s+dass\b"
    r"|\bvon\s+(?:unserer|der|unserem|dem)\s+(?:rechtsabteilung|compliance|geschäftsführung|"
    r"vorstand|marketingleitung)\s+(?:freigegeben|geprüft|abgenommen|genehmigt)\b"
    r"|\bbeachten\s+sie\s*,?\s+dass\b[^.;!?]{0,80}?\b(?:dürfen|darf|müssen|muss|nur|immer|nie|"
    r"niemals|kein\w*)\b"
    r"|\bbitte\s+(?:immer|stets)\b|\b(?:immer|stets)\s+bitte\b"
    r"|\b(?:untersagt|nicht gestattet|nicht erlaubt)\b"
    r"|\bachten\s+sie\s+(?:bitte\s+)?auf\b"
    r"|\b(?:jede|jeder|jedes|alle)\s+[\w-]+\s+(?:braucht|brauchen|benötigt|benötigen)\b"
    r"|^\W*wichtig\s*:"
    r"|\b(?:darf|dürfen)\s+(?:\w+\s+){0,3}?(?:nie|niemals|nicht|keinesfalls|keine|keinen|kein)\b"
    r"[^.;!?]{0,60}?"
    r"\b(?:verwendet|gezeigt|erscheinen|verzerrt|verändert|abgebildet|genannt|erwähnt|"
    r"benutzt|gedruckt|zu sehen)\b|\bverboten\b"
    r"|\b(?:bitte\s+)?(?:keine|keinen|kein)\b[^.;!?]{0,40}?\b(?:verwenden|benutzen|nutzen|"
    r"zeigen|einsetzen)\b|\bnicht\s+(?:verwenden|benutzen|verändern|ändern)\b"
    # "Bitte verwenden Sie keine Fotos mit Flugzeugen": the verb first, as a polite order
    r"|\b(?:verwenden|benutzen|nutzen|zeigen|setzen)\s+sie\s+(?:bitte\s+)?(?:keine|keinen|"
    r"kein|nie|niemals)\b"
    # "bitte keine Fotos mit Flugzeugen": a ban without its verb (last: "Bitte keine
    # Stockfotos verwenden" is read whole above)
    r"|\bbitte\s+kein(?:e|en)?\s+(?!eile|umstände|sorge|hektik|panik|stress)[\w-]+"
    # "Keine Stockfotos bitte.", "Bitte halten Sie sich an unser Corporate Design.", "Die
    # Schriftgröße darf nicht kleiner als 8 pt sein."
    r"|^\W*kein(?:e|en)?\s+(?!eile|umstände|sorge|hektik|panik|stress|problem)[\w-]+"
    r"(?:\s+[\w-]+)?\s*,?\s*bitte\b"
    r"|\b(?:halten\s+sie\s+sich|halte\s+dich|haltet\s+euch)\s+(?:bitte\s+)?an\s+(?:unser|unsere|"
    r"unseren|die|das|den)\b"
    r"|\b(?:darf|dürfen)\s+nicht\s+(?:kleiner|größer|länger|kürzer|mehr|weniger|breiter|"
    r"schmaler)\s+als\b",
    re.IGNORECASE,
)

# -- Spanish -----------------------------------------------------------------------------------

_ES_VERBS = _alt(
    "cambiar añadir agregar quitar eliminar reemplazar sustituir poner hacer mover corregir "
    "agrandar ampliar reducir retrasar adelantar incluir usar utilizar acortar parar detener "
    "pausar suspender cancelar"
)
_ES_IMPERATIVES = _alt(
    "cambien cambia cambiad añadan añade agreguen agrega quiten quita eliminen elimina "
    "reemplacen reemplaza sustituyan pongan pon hagan haz muevan corrijan agranden amplíen "
    "reduzcan retrasen adelanten incluyan usen utilicen acorten paren detengan pausen "
    "suspendan cancelen añadid quitad poned usad corregid"
)
_ES_REQUEST = re.compile(
    rf"\b(?:podrían|pueden|podrías|puedes|podéis|podrían ustedes)\s+(?P<v1>{_ES_VERBS})\b"
    rf"|\bpor favor,?\s+(?P<v2>{_ES_IMPERATIVES})\b"
    rf"|\b(?:les pedimos que|necesitamos que|quisiéramos que|nos gustaría que)\s+"
    rf"(?P<v3>{_ES_IMPERATIVES})\b"
    rf"|\b(?:nos gustaría|quisiéramos|queremos|hay que|habría que|tendrían que|sería posible|"
    rf"es posible|será posible|les importaría|le importaría|te importaría|os importaría)\s+"
    rf"(?P<v4>{_ES_VERBS})\b"
    rf"|(?:^|[.!;:]\s+)(?P<v5>{_ES_IMPERATIVES})\b"
    # "Luca, cambia el color del botón": the addressee, then the order and its object (not
    # "Madrid, cambia mucho en verano": the city changes)
    rf"|^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+,\s+(?P<v7>{_ES_IMPERATIVES})(?=\s+(?:el|la|los|las|un|una|lo|"
    rf"nuestro|nuestra|nuestros|nuestras)\b)"
    # "Cámbiala cuando puedas", "quítalo": the order with its object joined
    r"|(?:^|[.!;:]\s+|por favor,?\s+)(?P<v8>(?:cámbi|quít|añád|agrég|pón|póng|reemplác|corríg|"
    r"corríj|mué|muév|súb|báj)[a-záéíóú]*?(?:la|lo|las|los))\b",
    re.IGNORECASE,
)
_ES_MORE = re.compile(rf"\by\s+(?:que\s+)?(?P<v>{_ES_IMPERATIVES}|{_ES_VERBS})\b",
                      re.IGNORECASE)
_ES_RULE = re.compile(
    # "Todas las fotos deben ser libres de derechos": a rule for every piece
    r"\b(?:tod[oa]s\s+(?:las|los|nuestr[oa]s)|cada)\s+(?!empleados|compañeros|participantes|"
    r"invitados|clientes|personas)[\w-]+(?:\s+[\w-]+)?\s+(?:debe|deben|"
    r"tiene que|tienen que)\s+(?:ser|estar|llevar|incluir)\b|"
    r"\b(?:siempre\s+)?(?:debe|deben|tiene que|tienen que)\s+(?:siempre\s+)?(?:incluir|"
    r"llevar|aparecer|mostrar|cumplir|respetar|indicar|contener|figurar|mencionar|ir|estar|"
    r"colocarse|ubicarse)\b"
    r"|\b(?:por favor,?\s+)?no\s+(?:usen|usar|utilicen|utilizar|pongan|poner|cambien|"
    r"muestren|mostrar|uséis|utilicéis|pongáis|cambiéis|mostréis)\b|\beviten\b"
    r"|\b(?:obligatorio|obligatoria|imprescindible)\b"
    # "el texto debe ir de usted, así lo dice nuestro manual de marca": a modal beside its rule
    r"|\b(?:debe|deben|tiene que|tienen que)\b[^.!?]{0,80}?\b(?:manual de (?:marca|estilo|"
    r"identidad)|normativa|la ley|legal\w*|guía de (?:marca|estilo))\b"
    r"|\b(?:procuren|procurad|procure)\s+que\b|\basegúrense\s+de\s+que\b"
    r"|\b(?:nunca|no)\s+(?:debe|deben)\b|\bprohibid[oa]s?\b"
    r"|\b(?:nunca|no)\s+(?:se\s+)?(?:puede|pueden)\s+(?:aparecer|mostrar|usar|utilizar|incluir|"
    r"mencionar|llevar)\b"
    # "necesitamos que todos los anuncios incluyan el aviso legal": what every piece carries
    r"|\b(?:necesitamos|queremos|exigimos|es necesario|es obligatorio)\s+que\s+(?:todos|todas)"
    r"\s+(?:los|las|nuestros|nuestras)\s+[\wáéíóúñ]+\s+(?:incluyan|lleven|muestren|tengan|"
    r"contengan|respeten|indiquen)\b"
    # "necesitamos que el aviso legal aparezca en todas las piezas": on every piece, a rule
    r"|\b(?:aparezca|aparezcan|figure|figuren|vaya|vayan|esté|estén|salga|salgan)\s+"
    r"(?:siempre\s+)?en\s+(?:todas?\s+(?:las|los)|cada)\b"
    # "Por favor, respetad el manual de marca", "Nada de fotos de banco de imágenes."
    r"|\b(?:respet\w+|sigan|seguid|sigue|siga)\s+(?:el|la|nuestro|nuestra|nuestros|las|los)\s+"
    r"(?:manual|guía|normas|directrices|libro)\b"
    r"|^\W*nada\s+de\s+(?!prisa|problema|problemas|estrés|nada)\w+"
    # "Importante: el logo nuevo, no el antiguo" (as German's "Wichtig:"; not "Lo importante:
    # los carteles ... el 8 de noviembre", a deadline stressed)
    r"|^\W*(?:muy\s+)?importante\s*:",
    re.IGNORECASE,
)

# A piece of the work found wanting: "le logo est trop petit", "das Logo ist zu klein",
# "el logo es demasiado pequeño".
_CRITIQUE = {
    "fr": re.compile(r"\b(?:logo|titre|photo|image|visuel|texte|police|couleur|bandeau|"
                     r"slogan|accroche|fond)s?\s+(?:est|sont|paraît|semble)\s+(?:un peu\s+)?"
                     r"(?:trop|pas assez)\s+\w+"
                     # a detail that is wrong: "le prix indiqué sur l'affiche est faux"
                     r"|\b(?:prix|numéro|adresse|date|horaires?|nom|logo|texte|titre|tarif)s?\b"
                     r"[^.;!?]{0,40}?\b(?:est|sont)\s+(?:faux|fausse|faux|erronée?s?|"
                     r"incorrecte?s?|inexacte?s?)\b"
                     # a detail since changed: "notre numéro a changé, c'est maintenant le ..."
                     r"|\b(?:téléphone|numéro|adresse|horaires?|prix|nom|site|e-mail)s?\b"
                     r"[^.;!?]{0,40}?\b(?:a|ont)\s+changé\b[^.;!?]{0,20}?\b(?:maintenant|"
                     r"désormais)\b", re.IGNORECASE),
    "de": re.compile(r"\b(?:logo|titel|überschrift|bild|foto|text|schrift|farbe|balken|"
                     r"slogan|hintergrund)\w*\s+(?:ist|sind|wirkt|wirken)\s+(?:etwas\s+)?"
                     r"(?:zu|nicht \w+ genug)\s+\w+"
                     # "der Preis auf dem Plakat ist falsch", "die Adresse stimmt nicht"
                     r"|\b(?:preis|nummer|telefonnummer|adresse|datum|öffnungszeiten|name|logo|"
                     r"text|titel)\w*\b[^.;!?]{0,40}?\b(?:ist|sind)\s+(?:leider\s+)?(?:falsch|"
                     r"fehlerhaft|nicht korrekt|nicht richtig)\b"
                     # the verb first: "Auf Seite 3 ist die Telefonnummer falsch"
                     r"|\b(?:ist|sind)\s+(?:leider\s+)?(?:die|der|das|unsere?|ihre?)\s+(?:preis|nummer|"
                     r"telefonnummer|adresse|datum|öffnungszeiten|name|logo|text|titel)\w*\b"
                     r"[^.;!?]{0,30}?\s(?:leider\s+)?(?:falsch|fehlerhaft|nicht korrekt|"
                     r"nicht richtig)\b"
                     r"|\b(?:preis|nummer|adresse|datum|"
                     r"name)\w*\b[^.;!?]{0,40}?\bstimm(?:t|en) nicht\b"
                     # a detail since changed: "die Telefonnummer hat sich geändert, sie
                     # lautet jetzt ..."
                     r"|\b(?:preis|nummer|telefonnummer|adresse|öffnungszeiten|name|"
                     r"website|e-mail)\w*\b[^.;!?]{0,40}?\b(?:hat|haben)\s+sich\s+geändert\b"
                     r"[^.;!?]{0,20}?\b(?:jetzt|neu|nun)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:logo|título|titulo|foto|imagen|texto|letra|fuente|color|franja|"
                     r"eslogan|fondo)s?\s+(?:es|son|está|están|se ve|se ven)\s+"
                     r"(?:un poco\s+)?(?:demasiado|muy|poco)\s+\w+"
                     # "el precio del cartel es incorrecto", "la dirección está mal"
                     r"|\b(?:precio|número|dirección|fecha|horario|nombre|logo|texto|título)s?\b"
                     r"[^.;!?]{0,40}?\b(?:es|son|está|están)\s+(?:mal|incorrect[oa]s?|"
                     r"equivocad[oa]s?|erróne[oa]s?)\b"
                     # a detail since changed: "el teléfono de la tienda cambió, ahora es ..."
                     r"|\b(?:teléfono|número|dirección|horario|precio|nombre|web|correo)s?\b"
                     r"[^.;!?]{0,40}?\b(?:cambió|cambiaron|ha cambiado|han cambiado)\b"
                     r"[^.;!?]{0,10}?\bahora\b", re.IGNORECASE),
}
# What the piece lacks: "Außerdem fehlt das Logo unseres Partners", "il manque le prix", "falta
# el logo del patrocinador" (not "uns fehlt noch die Freigabe": the client's own wait).
_MISSING = {
    "fr": re.compile(r"\bil\s+manque\s+(?:encore\s+)?(?:le|la|les|l['’]|un|une|des|notre|nos)\b",
                     re.IGNORECASE),
    "de": re.compile(r"(?<!uns )(?<!mir )\bfehl(?:t|en)\s+(?:noch\s+)?(?:das|die|der|den|ein|eine|"
                     r"unser\w*)\s+(?!freigabe|antwort|rückmeldung|bestätigung|zahlung)\w+",
                     re.IGNORECASE),
    "es": re.compile(r"\bfalta(?:n)?\s+(?:el|la|los|las|un|una|nuestro|nuestra)\b", re.IGNORECASE),
}
# A piece disliked, which asks for another: "Le visuel n° 2 ne nous plaît pas", "Das
# Titelfoto gefällt uns nicht", "No nos convence el titular".
_DISLIKED = {
    "fr": re.compile(r"\bne\s+(?:nous|me)\s+(?:pla[iî]t|plaisent|convainc|convainquent)\s+pas\b"
                     r"|\b(?:nous|je)\s+n['’]aim(?:ons|e)\s+pas\s+(?:le|la|les|l['’]|ce|cette|ces)\b"
                     # "Je ne suis pas fan de la typo."
                     r"|\bne\s+(?:suis|sommes)\s+pas\s+(?:très\s+|trop\s+|vraiment\s+)?fans?\s+"
                     r"(?:de\s+la|du|des|de\s+l['’]|de\s+ce|de\s+cette)\b",
                     re.IGNORECASE),
    "de": re.compile(r"\b(?:gefällt|gefallen|überzeugt|überzeugen)\s+(?:uns|mir)\s+"
                     r"(?:noch\s+|gar\s+|leider\s+)*nicht\b"
                     # "Der letzte Absatz kann raus.": a part that can go
                     r"|\b(?:der|die|das)\s+(?:[\w-]+\s+)?(?:absatz|satz|text|foto|bild|logo|slogan|"
                     r"zeile|abschnitt|seite|preis|hinweis|datum|titel|überschrift|grafik|banner|"
                     r"button|link|claim|fotos|bilder|sätze|zeilen)(?:\s+(?:unten|oben|links|rechts|"
                     r"hier|da))?\s+(?:kann|können|muss|müssen|soll|"
                     r"sollen)\s+(?:bitte\s+|ganz\s+)?(?:raus|weg|entfallen)\b", re.IGNORECASE),
    "es": re.compile(r"\bno\s+(?:nos|me)\s+(?:convence|convencen|gusta|gustan|termina de "
                     r"convencer)\b", re.IGNORECASE),
}


def disliked(text: str, language: str) -> bool:
    """Whether ``text`` finds a piece of the work wanting in ``language``'s words."""
    pattern = _DISLIKED.get(language)
    return bool(pattern and pattern.search(text))


# A figure or a word put right: "der Alkoholgehalt muss 4,9 % sein, nicht 5,2 %", "le prix
# doit être 12 €, et non 15 €", "el precio debe ser 12 €, no 15 €".
# Agreed work called off or decided on: "Finalement nous ne ferons pas l'affichage dans le
# métro", "Hemos decidido añadir una versión en inglés", "Wir haben beschlossen, die Anzeige
# zu streichen" (not "nous ne ferons pas de pause cet été": no piece of the work; not "nous
# avons décidé d'ouvrir un magasin": the client's business, no verb of the work)
_DECIDED = {
    "fr": re.compile(rf"\bfinalement\b[^.;!?]{{0,20}}?\b(?:nous|on)\s+ne\s+(?:ferons|fera|faisons|"
                     rf"fait|allons|va)\s+(?:plus|pas)\s+(?:faire\s+)?(?:le|la|les|l['’])"
                     rf"|\b(?:nous|on)\s+ne\s+(?:ferons|fera|faisons|fait)\s+finalement\s+pas\s+"
                     rf"(?:le|la|les|l['’])"
                     rf"|\b(?:nous avons|on a)\s+(?:finalement\s+)?décidé\s+(?:de\s+|d['’])"
                     rf"{_FR_OBJECT}(?:{_FR_VERBS})\b"
                     # "d'accord avec les propositions, sauf pour la couleur : on garde le vert"
                     r"|\bsauf\b[^.;!?]{0,40}?\b(?:on garde|nous gardons|gardez|on conserve|"
                     r"nous conservons)\b"
                     # a day moved, or the budget, told: "la date d'impression a été avancée au",
                     # "le budget passe de ... à", "nous pouvons ajouter les vidéos"
                     r"|\b(?:date|livraison|lancement|impression|envoi|parution)\b[^.;!?]{0,30}?"
                     r"\b(?:a été|est)\s+(?:décalée?|repoussée?|avancée?|reportée?|déplacée?)\b"
                     r"|\b(?:augmenter|relever|réduire|baisser)\s+(?:le|notre)\s+budget\b"
                     r"|\b(?:nous pouvons|on peut)\s+(?:donc\s+|maintenant\s+)?(?:ajouter|rajouter|"
                     r"inclure)\b", re.IGNORECASE),
    "es": re.compile(rf"\b(?:hemos decidido|decidimos|al final vamos a)\s+(?:no\s+)?"
                     rf"(?:{_ES_VERBS})\b"
                     r"|\bal final no\s+(?:haremos|vamos a hacer)\s+(?:el|la|los|las)\b"
                     r"|\b(?:excepto|salvo|menos)\b[^.;!?]{0,40}?\b(?:mantenemos|dejamos|nos "
                     r"quedamos con)\b"
                     # "ha aprobado subir el presupuesto de 10.000 a 14.000 euros", "con eso
                     # podemos añadir los vídeos", "la fecha de impresión se ha adelantado"
                     r"|\b(?:subir|aumentar|ampliar|reducir|recortar|bajar)\s+(?:el|nuestro)\s+"
                     r"presupuesto\b"
                     r"|\b(?:podemos|vamos a poder)\s+(?:ya\s+|también\s+)?(?:añadir|agregar|"
                     r"incluir)\b"
                     r"|\b(?:fecha|entrega|lanzamiento|impresión|envío)\b[^.;!?]{0,30}?"
                     r"\b(?:se ha|ha)\s+(?:adelantado|retrasado|movido|cambiado|aplazado)\b"
                     # "hemos retrasado el lanzamiento de la e-bike al 15 de octubre": the
                     # client moved the day ("al" and a day after it)
                     r"|\b(?:hemos|han)\s+(?:adelantado|retrasado|movido|cambiado|aplazado|"
                     r"pospuesto)\s+(?:el|la)\s+(?:fecha|entrega|lanzamiento|impresión|envío|"
                     r"campaña|evento|inauguración)\b[^.;!?]{0,40}?\b(?:al|hasta el|para el)\s+"
                     r"\d",
                     re.IGNORECASE),
    "de": re.compile(rf"\bwir\s+haben\s+(?:uns\s+)?(?:entschieden|beschlossen)\s*,?\s+"
                     rf"{_DE_SPAN}{{0,60}}?\bzu\s+(?:{_DE_VERBS})\b"
                     r"|\bverzichten\s+(?:wir\s+)?(?:doch\s+|nun\s+|jetzt\s+)?auf\s+(?:die|den|das)\b"
                     r"|\baußer\b[^.;!?]{0,40}?\b(?:behalten wir|bleibt|bleiben)\b"
                     # "der Drucktermin hat sich verschoben", "das Budget wird aufgestockt",
                     # "damit können wir die Videos ergänzen"
                     r"|\b(?:\w+termin|\w*datum|start|versand|druck|lieferung)\b[^.;!?]{0,20}?"
                     r"\b(?:hat sich|wurde|wird)\s+(?:\w+\s+)?(?:verschoben|vorgezogen|verlegt|"
                     r"geändert)\b"
                     r"|\bbudget\b[^.;!?]{0,30}?\b(?:erhöht|aufgestockt|gekürzt|reduziert)\b"
                     r"|\bkönnen\s+wir\b[^.;!?]{0,40}?\b(?:ergänzen|hinzufügen|aufnehmen)\b",
                     re.IGNORECASE),
}
_PUT_RIGHT = {
    "fr": re.compile(r"\b(?:doit|doivent|devrait|devraient)\s+être\s+[^.;!?]{1,30}?,?\s+"
                     r"(?:et\s+)?(?:non|pas)\s+\S"
                     # "la campagne démarrera le 15 octobre et non le 1er": a day put right
                     r"|\b(?:le|au)\s+\d{1,2}(?:er)?\s+\w+\s+et\s+non\s+(?:pas\s+)?(?:le|au)\s+\d",
                     re.IGNORECASE),
    "de": re.compile(r"\b(?:muss|müssen|sollte|sollten|soll|sollen)\s+[^.;!?]{1,30}?\s+"
                     r"(?:sein|heißen|lauten),?\s+nicht\s+\S"
                     r"|\b(?:ist|sind|lautet|heißt)\s+[^.;!?]{1,30}?,\s+nicht\s+\S", re.IGNORECASE),
    "es": re.compile(r"\b(?:debe|deben|debería|deberían)\s+(?:ser|decir)\s+[^.;!?]{1,30}?,?\s+"
                     r"(?:y\s+)?no\s+\S"
                     # "el precio del vestido negro está mal, es 89 €, no 98 €"
                     r"|\b(?:está|están)\s+mal\b|\bes\s+[^.;!?]{1,20}?,\s+no\s+\S"
                     r"|\b(?:tiene|tienen)\s+que\s+ser\s+[^.;!?]{1,30}?,?\s+no\s+\S",
                     re.IGNORECASE),
}
# A goal named: "notre objectif est d'augmenter", "unser Ziel ist es, ... zu steigern".
_OBJECTIVE = {
    "fr": re.compile(r"\b(?:notre|nos|l['’]|un|les)\s*objectifs?\s+(?:principal\s+)?"
                     r"(?:est|sont|serait)\s+(?:de|d['’])"
                     r"|\b(?:nous tablons sur|on table sur|nous visons|nous comptons sur|"
                     r"nous espérons)\s+(?:\w+\s+)?\d"
                     r"|\b(?:nous voulons|nous souhaitons|on veut|nous visons à|nous aimerions|"
                     r"nous voudrions|nous souhaiterions)\s+(?:\w+\s+)?"
                     r"(?:augmenter|doubler|atteindre|attirer|toucher|gagner|recruter|vendre|"
                     # "nous souhaitons faire connaître notre nouvelle gamme bio auprès des
                     # jeunes parents": awareness wanted
                     r"faire connaître|faire découvrir|fidéliser|accroître|générer|séduire|"
                     r"conquérir|remplir (?:les|la|le|l['’]|nos|notre) ?(?:chambres|salles?|"
                     r"tables|hôtel|restaurant|places|cours|gîtes?))\b(?!\s+(?:notre|nos|votre|vos|mon|mes)\s+(?:avis|remarques|"
                     r"retours?|commentaires|décision|choix|réponse))"
                     r"|\bobjectifs?\s*:\s*\w",  # "Objectif : 500 inscriptions"
                     re.IGNORECASE),
    "de": re.compile(r"\b(?:unser|das|ein)\s+(?:haupt)?ziel\s+(?:ist|wäre)\b|\bziel:"
                     r"|(?:^|[.!;:]\s+)ziel\s+ist\s+es\b"  # "Ziel ist es, 200 neue Abonnenten"
                     r"|\b(?:rechnen|kalkulieren)\s+wir\s+mit\s+(?:ca\.\s+|rund\s+|etwa\s+)?\d"
                     r"|\b(?:wollen|möchten)\s+wir\b(?:[^.;!?]|(?<=\d)\.(?=\d)){0,60}?"
                     r"\b(?:steigern|erhöhen|verdoppeln|erreichen|gewinnen|verkaufen)\b"
                     r"|\bwir\s+(?:rechnen|kalkulieren)\s+mit\s+(?:ca\.\s+|rund\s+|etwa\s+)?\d"
                     r"|\bwir\s+(?:wollen|möchten)\b(?:[^.;!?]|(?<=\d)\.(?=\d)){0,60}?"
                     r"\b(?:steigern|erhöhen|"
                     r"verdoppeln|erreichen|gewinnen|verkaufen|füllen|auslasten)\b",
                     re.IGNORECASE),
    "es": re.compile(r"\b(?:nuestro|el|un)\s+objetivo\s+(?:principal\s+)?(?:es|sería)\b"
                     r"|\b(?:nuestra|la)\s+meta\s+(?:es|sería)\b"
                     r"|\b(?:queremos|buscamos|nos gustaría)\s+(?:aumentar|duplicar|llegar a|"
                     r"alcanzar|atraer|conseguir|vender|dar a conocer|fidelizar|captar|"
                     # "Queremos llenar las habitaciones entre semana": rooms to fill
                     r"(?:llenar|completar) (?:el|la|las|los|nuestr[oa]s?) (?:habitaciones|"
                     r"hotel|mesas|restaurante|plazas|aforo|salas?|local|cursos?|clases))\b"
                     # "Objetivo: aumentar las reservas un 15 %"
                     r"|\b(?:objetivos?|meta)\s*:\s*\w",
                     re.IGNORECASE),
}

_RULES = {
    "fr": (_FR_REQUEST, _FR_MORE, _FR_RULE),
    "de": (_DE_REQUEST, _DE_MORE, _DE_RULE),
    "es": (_ES_REQUEST, _ES_MORE, _ES_RULE),
}
# A modal next to one of these sets a deadline, not a rule ("doit être prêt pour le 9").
_DEADLINE = re.compile(
    r"\b(?:pour le|avant le|au plus tard|d'ici|bis|spätestens|para el|antes del?|"
    r"a más tardar)\b|\d{1,2}\.\d{1,2}\.|\b\d{1,2}\.?\s+(?:de\s+)?[a-zäéû]{3,}\b",
    re.IGNORECASE,
)
# "le budget ne doit pas dépasser 8.000 €": a budget's cap, the money extractor's business.
_CAP = re.compile(r"\b(?:dépasser|überschreiten|übersteigen|superar|exceder)\b", re.IGNORECASE)
_SHRINK = re.compile(r"\b(?:größer|kleiner|breiter|schmaler|heller|dunkler|kürzer|länger)\b",
                     re.IGNORECASE)
# "machen Sie es größer", "das Logo sollte größer sein": a size asked for.
_DE_ASKED = re.compile(r"\b(?:sie|muss|müssen|sollte|sollten|soll|sollen)\b", re.IGNORECASE)
# "wir hätten gerne das Logo etwas größer": a size wished for a part of the work (not "wir
# möchten größer werden", a company that wants to grow)
_DE_WISH = re.compile(r"\b(?:(?:hätten|würden)\b[^.?!]{0,40}?\b(?:gerne?|lieber)|möchten|"
                      r"wünschen\s+uns|wollen)\b", re.IGNORECASE)
_DE_PART = re.compile(r"\b(?:logo|schrift|foto|fotos|bild|bilder|titel|überschrift|text|texte|"
                      r"button|schaltfläche|preis|telefonnummer|adresse|banner|anzeige|grafik|"
                      r"rand|abstand|zeile|absatz)\b", re.IGNORECASE)
# "Le logo doit être plus grand", "¿podéis hacer el logo más grande?": a size asked of a part
# of the work (not "nous voulons un stand plus grand cette année", "queremos crecer más").
_SIZE_ASKED = {
    "fr": (re.compile(r"\b(?:plus|moins)\s+(?:grande?s?|petite?s?|gros(?:se)?s?|foncée?s?|"
                      r"claire?s?|courte?s?|longu?e?s?|lisibles?|visibles?|gras)\b", re.IGNORECASE),
           re.compile(r"\b(?:doit|doivent|devrait|devraient|faudrait|faut|pourriez|pouvez|"
                      r"pourrais|peux|faire|mettre|mettez|rendre|rendez)\b", re.IGNORECASE),
           re.compile(r"\b(?:logo|texte|textes|titre|photo|photos|image|images|prix|bouton|"
                      r"police|caractères|slogan|numéro|adresse|bannière|flacon|produit)\b",
                      re.IGNORECASE)),
    "es": (re.compile(r"\b(?:más|menos)\s+(?:grandes?|pequeños?|pequeñas?|oscuros?|oscuras?|"
                      r"claros?|claras?|cortos?|cortas?|largos?|largas?|visibles?|legibles?|"
                      r"gruesos?|gruesas?)\b", re.IGNORECASE),
           re.compile(r"\b(?:debe|deben|debería|deberían|tiene que|tienen que|pueden|podrían|"
                      r"puedes|podrías|podéis|hacer|haz|hagan|poner|pon|pongan|ponga)\b",
                      re.IGNORECASE),
           re.compile(r"\b(?:logo|logotipo|texto|textos|título|foto|fotos|imagen|imágenes|precio|"
                      r"botón|letra|letras|eslogan|número|dirección|banner|botella|producto)\b",
                      re.IGNORECASE)),
}
# The reason a rule gives for itself: "..., c'est la loi au Québec", "es la normativa", "das
# ist unsere Markenrichtlinie". A size said with one is the rule's, not a change asked
# ("le texte doit être en français d'abord, l'anglais en plus petit, c'est la loi").
_A_RULES_REASON = re.compile(r"\b(?:c'est la loi|la loi l'exige|obligation légale|réglementation|"
                             r"charte graphique|es la ley|lo exige la ley|normativa|"
                             r"manual de marca|gesetzlich\w*|vorgeschrieben|\w*richtlinien?)\b",
                             re.IGNORECASE)
_ACTIONS = {
    "add": "ajouter ajoutez intégrer intégrez insérer insérez ergänzen hinzufügen einfügen fügen "
           "añadir añadan añade agregar agreguen agrega incluir incluyan",
    "remove": "supprimer supprimez enlever enlevez retirer retirez entfernen streichen "
              "löschen quitar quiten quita eliminar eliminen elimina",
    "swap": "remplacer remplacez tauschen austauschen ersetzen reemplazar reemplacen "
            "reemplaza sustituir sustituyan utiliser utilisez usar usen utilizar utilicen",
    "move_date": "décaler décalez repousser repoussez reporter reportez avancer avancez "
                 "verschieben vorziehen retrasar retrasen adelantar adelanten",
    "hold": "parar paren detener detengan pausar pausen suspender suspendan stoppen "
            "pausieren anhalten",
    "cancel": "cancelar cancelen",
}
_ACTION_OF = {word: action for action, words in _ACTIONS.items() for word in words.split()}


def _requests(text: str, request: re.Pattern[str], more: re.Pattern[str]) -> Iterator[Found]:
    for found in request.finditer(text):
        verb = next(g for g in found.groups() if g)
        group = verb_group(found)  # ("Bitte das Foto austauschen": the object comes first)
        start = found.start() if group == "v6" else found.start(group)
        yield "change_request", start, _phrase_end(text, found.end()), _action(verb)
        for extra in more.finditer(text, found.end()):
            yield ("change_request", extra.start("v"), _phrase_end(text, extra.end()),
                   _action(extra.group("v")))
        return  # one request sentence: its "et"/"und"/"y" items are read above


def verb_group(found: re.Match[str]) -> str:
    return next(name for name, value in found.groupdict().items() if value)


def _phrase_end(text: str, end: int) -> int:
    """The end of the verb's phrase: the next comma, conjunction or sentence end."""
    stop = re.compile(r"[,;.!?]|\s(?:et|und|y|mais|aber|pero)\s", re.IGNORECASE)
    found = stop.search(text, end)
    return found.start() if found else len(text.rstrip())


def _action(verb: str) -> str:
    return _ACTION_OF.get(verb.lower(), "edit")


# "Merci d'utiliser uniquement les photos de notre photographe", "bitte nur unsere Fotos
# verwenden", "usen solo fotos propias": only these may be used, a rule (English "use ... only").
_USE_ONLY = re.compile(
    r"\b(?:utiliser|utilisez|employer|employez|verwenden|benutzen|nutzen|usar|usen|use|"
    r"utilizar|utilicen|utilice)\s+(?:\w+\s+)?(?:uniquement|seulement|exclusivement|nur|"
    r"ausschließlich|solo|solamente|únicamente|exclusivamente)\b"
    r"|\b(?:nur|ausschließlich)\b[^.;!?]{0,40}?\b(?:verwenden|benutzen|nutzen|zeigen)\b"
    # "Bitte das neue Logo auf allen Seiten verwenden", "utiliser le logo sur toutes les
    # pages", "usar el logo en todas las piezas": on every piece, a rule
    r"|\b(?:auf|in|für) (?:allen|alle|jeder|jedem)\b[^.;!?]{0,40}?\b(?:verwenden|benutzen|"
    r"nutzen|zeigen|einsetzen|platzieren)\b"
    r"|\b(?:utiliser|utilisez|mettre|mettez)\b[^.;!?]{0,40}?\b(?:sur|dans) (?:toutes? les|"
    r"chaque)\b"
    r"|\b(?:usar|usen|utilizar|utilicen|poner|pongan)\b[^.;!?]{0,40}?\ben (?:todas? (?:las|los)|"
    r"cada)\b",
    re.IGNORECASE)


# "Todo en español e inglés, por favor", "tout en français et en anglais", "alles auf Deutsch
# und Englisch": every piece in these languages, a rule
_ALL_IN_LANGUAGES = re.compile(
    r"\b(?:todo|todos|todas|tout|toutes?|alles|sämtliche\w*)\b[^.;!?]{0,30}?\b(?:en|in|auf)\s+"
    r"(?:español|inglés|francés|alemán|catalán|gallego|euskera|français|anglais|allemand|"
    r"espagnol|néerlandais|deutsch|englisch|französisch|spanisch|italienisch)\b"
    r"(?:\s+(?:e|y|et|und)\s+(?:en\s+|auf\s+)?\w+)?", re.IGNORECASE)


def foreign_statements(text: str, language: str) -> list[Found]:
    """The change requests and requirements of one unit written in ``language``."""
    rules = _RULES.get(language)
    if rules is None:
        return []
    request, more, rule = rules
    if only := _USE_ONLY.search(text) or _ALL_IN_LANGUAGES.search(text):
        return [("requirement", only.start(), only.end(), None)]
    found = list(_requests(text, request, more))
    if language == "de" and not found and (size := _SHRINK.search(text)) \
            and not text[max(0, size.start() - 6) : size.start()].lower().endswith("nicht ") and (
            _DE_ASKED.search(text) or (_DE_WISH.search(text) and _DE_PART.search(text))):
        found.append(("change_request", 0, size.end(), "edit"))  # "machen Sie es größer"
    if not found and language in _SIZE_ASKED and not _A_RULES_REASON.search(text):
        sized, asked, part = _SIZE_ASKED[language]
        if (size := sized.search(text)) and asked.search(text) and part.search(text):
            found.append(("change_request", 0, size.end(), "edit"))  # "plus grand"
    if not found and (wish := _WISHES[language].search(text)):
        found.append(("change_request", wish.start(), wish.end(), "edit"))
    if not found and (disliked := _DISLIKED[language].search(text)):
        found.append(("change_request", disliked.start(), disliked.end(), "edit"))
    if not found and (lacking := _MISSING[language].search(text)):
        found.append(("change_request", lacking.start(), lacking.end(), "add"))
    if not found and (decided := _DECIDED[language].search(text)):
        found.append(("change_request", decided.start(), decided.end(), "edit"))
    if not found and (fixed := _PUT_RIGHT[language].search(text)):
        found.append(("change_request", fixed.start(), fixed.end(), "edit"))
    if not found and (critique := _CRITIQUE[language].search(text)):
        found.append(("change_request", critique.start(), critique.end(), "edit"))
    obligation = rule.search(text)
    if obligation and not found and not _DEADLINE.search(text) and not _CAP.search(text):
        found.append(("requirement", obligation.start(), obligation.end(), None))
    if goal := _OBJECTIVE[language].search(text):
        found.append(("objective", goal.start(), goal.end(), None))
    return found


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
