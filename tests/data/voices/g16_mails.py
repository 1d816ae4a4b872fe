# Written before scoring (session 8): whole mails: French, German and Spanish clients in their
# own language, a forward of a forward (Outlook inside Gmail), a one-line ask above a quoted
# history full of facts, an HTML table of pieces, a phone reply, a call beside a deadline.
# Dressed as a reply from kim@client.example, sent Wed 2 Dec 2026 (New York).
_HISTORY = """> On Tue, Dec 1, 2026 at 4:10 PM Sam Ortiz <sam@brightlane.agency> wrote:
> Hi Kim, to recap: the budget is $20,000, the final files are due Dec 18,
> and every ad must carry the legal line. Please confirm.
> Thanks, Sam"""

GRID = [
    # 0: a French client, in French
    ({"body": """Bonjour Sam,

Merci pour la proposition. Le budget total est de 25 000 € HT. Les visuels doivent être prêts pour le 15 décembre, car nous partons en vacances le 18.
Pouvez-vous changer la photo de la couverture ? Le logo doit toujours apparaître en bas à droite.

Cordialement,
Claire
"""}, {"budget": ["EUR 25000"], "due": ["2026-12-15"], "cr": 1, "req": 1}),
    # 1: a German client, in German
    ({"body": """Hallo Sam,

danke für die Entwürfe. Bitte ändern Sie die Überschrift in „Mehr Zeit für Sie“. Das Budget liegt bei 12.000 Euro. Die finalen Dateien brauchen wir bis spätestens 11.12.

Viele Grüße
Jonas
"""}, {"cr": 1, "budget": ["EUR 12000"], "due": ["2026-12-11"]}),
    # 2: a Spanish client, in Spanish
    ({"body": """Hola Sam:

Necesitamos los banners para el 18 de diciembre. El presupuesto es de 9.000 euros. ¿Podrían cambiar el color del botón a verde? El objetivo es aumentar las ventas online un 15 %.

Saludos,
Lucía
"""}, {"due": ["2026-12-18"], "budget": ["EUR 9000"], "cr": 1, "obj": 1}),
    # 3: a forward of a forward: an Outlook header inside a Gmail forward
    ({"body": """Can we do this? See below.

---------- Forwarded message ---------
From: Dana Price <dana@client.example>
Date: Tue, Dec 1, 2026 at 5:12 PM
Subject: FW: address change
To: Kim Lee <kim@client.example>

Kim, please get the agency to add our new address to all the ads. It must be live by Dec 10.

________________________________
From: Office Manager <office@client.example>
Sent: Tuesday, December 1, 2026 3:00 PM
To: Dana Price <dana@client.example>
Subject: address change

Our new address from Jan 1 is 200 Main St, Suite 4.
"""}, {"cr": 1, "due": ["2026-12-10"]}),
    # 4: one ask above a quoted history full of facts
    ({"body": f"""Great, thanks. One thing: can the CTA say "Book now" instead?

Kim

{_HISTORY}
"""}, {"cr": 1}),
    # 5: HTML-only Outlook mail with a table of pieces
    ({"html": True, "body": """<html><body><p>Hi Sam,</p>
<p>Here is what we need for the store opening:</p>
<table border="1"><tr><th>Piece</th><th>Due</th><th>Budget</th></tr>
<tr><td>Poster</td><td>Dec 9</td><td>$1,200</td></tr>
<tr><td>Window banner</td><td>Dec 16</td><td>$800</td></tr></table>
<p>Thanks,<br>Kim</p></body></html>"""},
     {"due": ["2026-12-09", "2026-12-16"], "budget": ["USD 1200", "USD 800"]}),
    # 6: a phone reply under two mobile signatures
    ({"body": """Yes go ahead. Just make the date bigger on the flyer.

Sent from my Galaxy

Get Outlook for Android
"""}, {"cr": 1}),
    # 7: a call proposed beside a deadline and a board meeting
    ({"body": """Hi Sam,

Can we do a call Thursday at 2 to go over the concepts? Also, the board meets on the 14th so we need the deck by the 11th.

Kim
"""}, {"due": ["2026-12-11"]}),
]
