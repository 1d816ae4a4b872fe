# Written before scoring (session 10): plain-text layouts: hard wraps at 40 columns, bullets
# typed as "‣" and "◦", a "1)" list, a pipe table. Dressed as a mail from kim@client.example,
# sent Wed 2 Dec 2026 (New York).
GRID = [
    ({"body": """Hi Sam, the team has looked at the
brochure and we would like the cover
photo swapped for the winter one, and
the files need to be with the printer
by December 11.

Kim
"""}, {"cr": 1, "due": ["2026-12-11"]}),
    ({"body": """Hi Sam, a few changes:

\u2023 Make the headline shorter
\u2023 Remove the second paragraph
\u25e6 Use the blue logo

Kim
"""}, {"cr": 3}),
    ({"body": """Sam, our notes:

1) the date on the cover is wrong
2) please add the QR code on the back
3) budget stays at $7,000

Kim
"""}, {"cr": 2, "budget": ["USD 7000"]}),
    ({"body": """Hi Sam, schedule below.

Item      | Due     | Budget
Poster    | Dec 9   | $1,200
Leaflet   | Dec 15  | $800

Kim
"""}, {"due": ["2026-12-09", "2026-12-15"], "budget": ["USD 1200", "USD 800"]}),
]
