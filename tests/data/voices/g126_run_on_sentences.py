# Written before scoring (session 10): run-on sentences from hurried writers (one sentence,
# several asks: one change request, with the dates and sums they carry).
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("hi sam so the boss saw the drafts and he likes them but wants the logo bigger and the "
     "date moved to the 15th and also can we get a quote for the extra video thanks",
     {"cr": 1, "due": ["2026-12-15"]}),
    ("ok so we talked internally and we think the headline is too long and the photo is too "
     "dark so can you fix both and send by thursday", {"cr": 1, "due": ["2026-12-03"]}),
    ("quick one the budget is now 12k not 10k because marketing added the radio spot so "
     "please plan for that", {"budget": ["USD 12000"]}),
    ("we loved the concepts and the team is excited and we cant wait to see them live on "
     "the 20th", {"due": ["2026-12-20"]}),
]
