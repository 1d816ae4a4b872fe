# Written before scoring (session 10): whole short mails in German, Spanish and French with
# their deadline phrases (bis zum, a más tardar, d'ici le), a budget and an ask.
# Dressed as a mail from kim@client.example, sent Wed 2 Dec 2026 (New York).
GRID = [
    ({"body": """Hallo Sam,

könnten Sie bitte das Foto auf der Titelseite austauschen? Wir benötigen die Dateien bis zum 14. Dezember. Das Budget beträgt 6.000 Euro.

Viele Grüße
Kim
"""}, {"cr": 1, "due": ["2026-12-14"], "budget": ["EUR 6000"]}),
    ({"body": """Hola Sam,

¿Pueden cambiar el titular por uno más corto? Necesitamos los archivos a más tardar el 10 de diciembre. El presupuesto es de 4.000 euros.

Saludos,
Kim
"""}, {"cr": 1, "due": ["2026-12-10"], "budget": ["EUR 4000"]}),
    ({"body": """Bonjour Sam,

Pouvez-vous ajouter notre numéro de téléphone en bas de page ? Il nous faut les fichiers d'ici le 11 décembre. Notre budget est de 5 000 €.

Cordialement,
Kim
"""}, {"cr": 1, "due": ["2026-12-11"], "budget": ["EUR 5000"]}),
]
