# Written before scoring (session 10): an unhappy client's sentences (faults, missed dates,
# threats, the history of what went wrong), beside what is only venting.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("This is the third time the logo has been wrong.", {}),
    ("We expected the files yesterday.", {}),
    ("If we don't have them by Friday we'll have to cancel the print slot.",
     {"due": ["2026-12-04"]}),
    ("The colours on the printed flyers are completely off.", {"cr": 1}),
    ("Frankly the last round of changes made it worse.", {}),
    ("I'm very disappointed with how this project has gone.", {}),
    ("The phone number is still wrong on page 3!", {"cr": 1}),
    ("We were promised the proofs last Thursday.", {}),
    ("My boss is asking why we're two weeks behind.", {}),
    ("Please fix the typo in the headline today.", {"cr": 1, "due": ["2026-12-02"]}),
    ("We paid $3,000 for this and it's not usable.", {}),
    ("Nobody told us the deadline had moved.", {}),
]
