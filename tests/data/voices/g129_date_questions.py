# Written before scoring (session 10): questions that carry a day: a day proposed for the work
# (due), a day asked about, a day of the past. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Is the 18th still realistic?", {}),
    ("Would Friday work for the final files?", {"due": ["2026-12-04"]}),
    ("When can we expect the proofs?", {}),
    ("Can we have the proofs by Monday?", {"due": ["2026-12-07"]}),
    ("Did you get the files I sent on the 1st?", {}),
    ("Could the printed copies arrive by the 11th?", {"due": ["2026-12-11"]}),
    ("Are you around on Thursday for a quick call?", {}),
    ("What happened to the delivery on Monday?", {}),
]
