# Written before scoring (session 9): whole mails from French, German and Spanish clients in
# their own language, each with several facts. Dressed as a mail from kim@client.example,
# sent Wed 2 Dec 2026 (New York).
GRID = [
    ({"body": """Bonjour Sam,

Merci pour la proposition. Le budget est de 15 000 euros. Nous avons besoin des maquettes au plus tard le 18 décembre. Pourriez-vous aussi agrandir le logo sur la couverture ?

Cordialement,
Kim
"""}, {"budget": ["EUR 15000"], "due": ["2026-12-18"], "cr": 1}),
    ({"body": """Hallo Sam,

danke für die Entwürfe. Bitte ändern Sie die Überschrift auf Seite 2. Das Budget liegt bei 8.000 Euro, und die Druckdaten brauchen wir bis spätestens 14.12.

Viele Grüße
Kim
"""}, {"cr": 1, "budget": ["EUR 8000"], "due": ["2026-12-14"]}),
    ({"body": """Hola Sam,

Por favor, cambien el color del botón a verde. El presupuesto es de 6.000 euros y necesitamos la versión final para el 21 de diciembre.

Saludos,
Kim
"""}, {"cr": 1, "budget": ["EUR 6000"], "due": ["2026-12-21"]}),
    ({"body": """Bonjour Sam,

Juste pour info, notre bureau sera fermé du 24 décembre au 2 janvier. Bonnes fêtes !

Kim
"""}, {}),
]
