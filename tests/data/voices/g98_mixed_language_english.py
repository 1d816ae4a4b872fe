# Written before scoring (session 10): English from Quebec, Germany, Spain and the Netherlands
# with words of their own language in it, and dates written their way.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Bonjour Sam, we need the bilingual posters for the 14 décembre.", {"due": ["2026-12-14"]}),
    ("Please send the final files till 11.12.", {"due": ["2026-12-11"]}),
    ("The budget is 8.000 EUR netto.", {"budget": ["EUR 8000"]}),
    ("Can you make the logo a little bit bigger, por favor?", {"cr": 1}),
    ("Our fair is from 20. to 23. January, the stand must be ready the 19th.",
     {"due": ["2027-01-19"]}),
    ("Merci for the quick reply!", {}),
    ("We need it latest on 9 December, danke.", {"due": ["2026-12-09"]}),
    ("All French text must be checked by our traducteur before print.", {"req": 1}),
    ("The Dutch version should be ready op 16 december.", {"due": ["2026-12-16"]}),
    ("Gracias, the photos are perfect.", {}),
]
