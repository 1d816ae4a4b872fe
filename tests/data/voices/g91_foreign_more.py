# Written before scoring (session 10): one-sentence French, German and Spanish notes (latest
# dates, caps, asks, rules, goals), beside past meetings and days out. Sent Wed 2 Dec 2026
# (New York).
GRID = [
    ("Merci de nous livrer les fichiers au plus tard le 11 décembre.",
     {"due": ["2026-12-11"]}),
    ("Le budget total ne doit pas dépasser 9 000 €.", {"budget": ["EUR 9000"]}),
    ("Pourriez-vous mettre le logo un peu plus grand ?", {"cr": 1}),
    ("Wir brauchen die Druckdaten spätestens am 10. Dezember.", {"due": ["2026-12-10"]}),
    ("Könnten Sie bitte die Überschrift kürzen?", {"cr": 1}),
    ("Unser Budget liegt bei ca. 15.000 Euro.", {"budget": ["EUR 15000"]}),
    ("Alle Texte müssen auch auf Englisch vorliegen.", {"req": 1}),
    ("Necesitamos las piezas listas antes del 18 de diciembre.", {"due": ["2026-12-17"]}),
    ("¿Podrían cambiar el color del botón a verde?", {"cr": 1}),
    ("Tenemos un presupuesto de 7.500 euros.", {"budget": ["EUR 7500"]}),
    ("El objetivo es aumentar las ventas online un 20 %.", {"obj": 1}),
    ("Nous avons eu une réunion le 30 novembre.", {}),
    ("Am Freitag bin ich nicht im Büro.", {}),
    ("L'objectif est de recruter 50 nouveaux distributeurs.", {"obj": 1}),
]
