# Written before scoring (session 9): first briefs from clients of different trades and
# countries, whole mails: an Outlook table, an exhibitor, a charity, a restaurant owner on a
# phone, a German, a French and a Spanish client, a client sending the agency's own timeline
# back. Dressed as a mail from kim@client.example, sent Wed 2 Dec 2026 (New York).
GRID = [
    # 0: an HTML table of items and a paragraph with the budget and the goal
    ({"html": True, "body": """<html><body><p>Hi Sam,</p>
<p>For the January sale we need the following:</p>
<table border="1"><tr><th>Item</th><th>Qty</th><th>Due</th></tr>
<tr><td>Window posters</td><td>12</td><td>Dec 28</td></tr>
<tr><td>Email banner</td><td>1</td><td>Dec 30</td></tr></table>
<p>Budget is $6,500. We want to clear 40% of the winter stock.</p>
<p>Thanks, Kim</p></body></html>"""},
     {"due": ["2026-12-28", "2026-12-30"], "budget": ["USD 6500"], "obj": 1}),
    # 1: an exhibitor's brief with the organiser's rules
    ({"body": """Hi Sam,

We've booked a 6x3 m stand at BuildExpo (Jan 19-21). The organiser requires all stand graphics to be fire-rated, and nothing may hang above 4 metres. Print files have to be with the printer by January 8.

We have $18,000 for the stand including print. Main goal is to collect 300 qualified leads.

Best,
Kim
"""}, {"req": 1, "due": ["2027-01-08"], "budget": ["USD 18000"], "obj": 1}),
    # (labelled req 2 when written: one sentence is one requirement, by the labelling rules)
    # 2: a charity's gala
    ({"body": """Dear Sam,

Our winter gala is on February 6. We hope to raise $150,000 on the night. We'd need the invitations printed by January 8 and we have about $3k for print.

Warmly,
Kim
"""}, {"obj": 1, "due": ["2027-01-08"], "budget": ["USD 3000"]}),
    # 3: a restaurant owner on a phone
    ({"body": """need menu flyers for nye, 500 copies, by the 28th. budget 400 bucks. thx

Sent from my iPhone
"""}, {"due": ["2026-12-28"], "budget": ["USD 400"]}),
    # 4: a German client in English with day-first dates
    ({"body": """Dear Sam,

the fair starts 12.01.2027, we need the roll-ups until 05.01.2027 at the latest. Please use only our corporate colours.

Best regards
Kim
"""}, {"due": ["2027-01-05"], "req": 1}),
    # 5: a French client
    ({"body": """Bonjour Sam,

Pouvez-vous changer la couleur du bouton en vert ? Et il nous faut la version finale pour le 15 décembre.

Merci,
Kim
"""}, {"cr": 1, "due": ["2026-12-15"]}),
    # 6: a Spanish client
    ({"body": """Hola Sam,

El presupuesto es de 10.000 euros y necesitamos los banners para el 20 de enero.

Saludos,
Kim
"""}, {"budget": ["EUR 10000"], "due": ["2027-01-20"]}),
    # 7: the agency's own timeline sent back with one change
    ({"body": """Sam, see your timeline below. Can we do the 14th instead of the 16th for final?

On Tue, Dec 1, 2026 at 3:00 PM Sam Ortiz <sam@brightlane.agency> wrote:
> Round 1: Dec 8
> Round 2: Dec 11
> Final: Dec 16
"""}, {"cr": 1, "due": ["2026-12-14"]}),
]
