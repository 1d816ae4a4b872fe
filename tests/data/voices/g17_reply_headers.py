# Written before scoring (session 8): reply headers of other languages and mail programs the
# earlier grids lack; every quoted part holds facts that must NOT be read as the client's.
# Dressed as a reply from kim@client.example, sent Wed 2 Dec 2026 (New York).
Q = ("Hi Kim, the budget is $80,000, the launch is Jan 12 and we must use the old logo. "
     "Could you move the shoot to Dec 15?")
GRID = [
    # 0: German Gmail attribution
    ({"body": f"""Bitte verschieben Sie den Launch auf den 19. Januar.

Am Di., 1. Dez. 2026 um 16:10 Uhr schrieb Sam Ortiz <sam@brightlane.agency>:
> {Q}
"""}, {"due": ["2027-01-19"], "cr": 1}),
    # 1: Spanish Gmail attribution
    ({"body": f"""El presupuesto ahora es de 60.000 dólares.

El mar, 1 dic 2026 a las 16:10, Sam Ortiz (<sam@brightlane.agency>) escribió:
> {Q}
"""}, {"budget": ["USD 60000"]}),
    # 2: Dutch Gmail attribution
    ({"body": f"""Can you make the logo bigger on the poster?

Op di 1 dec. 2026 om 16:10 schreef Sam Ortiz <sam@brightlane.agency>:
> {Q}
"""}, {"cr": 1}),
    # 3: Italian Gmail attribution, attribution wrapped over two lines
    ({"body": f"""We need the final files by December 9.

Il giorno mar 1 dic 2026 alle ore 16:10 Sam Ortiz <sam@brightlane.agency>
ha scritto:
> {Q}
"""}, {"due": ["2026-12-09"]}),
    # 4: Portuguese Gmail attribution
    ({"body": f"""Perfect, thank you!

Em ter., 1 de dez. de 2026 às 16:10, Sam Ortiz <sam@brightlane.agency> escreveu:
> {Q}
"""}, {}),
    # 5: French Outlook header block
    ({"body": f"""Merci, c'est parfait pour nous.

De : Sam Ortiz <sam@brightlane.agency>
Envoyé : mardi 1 décembre 2026 16:10
À : Kim Lee <kim@client.example>
Objet : Spring campaign

{Q}
"""}, {}),
    # 6: Spanish Outlook header block
    ({"body": f"""Please remove the QR code from the flyer.

De: Sam Ortiz <sam@brightlane.agency>
Enviado: martes, 1 de diciembre de 2026 16:10
Para: Kim Lee <kim@client.example>
Asunto: Spring campaign

{Q}
"""}, {"cr": 1}),
    # 7: German Outlook "Ursprüngliche Nachricht"
    ({"body": f"""Thanks, all approved from our side.

-----Ursprüngliche Nachricht-----
Von: Sam Ortiz <sam@brightlane.agency>
Gesendet: Dienstag, 1. Dezember 2026 16:10
An: Kim Lee <kim@client.example>
Betreff: Spring campaign

{Q}
"""}, {}),
    # 8: Apple Mail with a British date order
    ({"body": f"""The budget is capped at $45,000 now.

Sent from my iPad

> On 1 Dec 2026, at 16:10, Sam Ortiz <sam@brightlane.agency> wrote:
>
> {Q}
"""}, {"budget": ["USD 45000"]}),
    # 9: a bare "Sam wrote:" line before an unmarked quote
    ({"body": f"""Sounds good, go ahead.

Sam Ortiz wrote:
{Q}
"""}, {}),
]
