# Written before scoring (session 10): very polite, indirect asks (I wonder if, would it be
# awful, perhaps we could revisit), beside the same politeness about other things.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("I wonder if the logo might be a touch on the small side?", {"cr": 1}),
    ("Would it be awful to ask for one more round on the headline?", {"cr": 1}),
    ("I'm not sure the colours quite work.", {"cr": 1}),
    ("Perhaps we could revisit the headline?", {"cr": 1}),
    ("I wonder if you had a nice holiday?", {}),
    ("Would it be awful to move our call to Friday?", {}),
    ("Perhaps we could grab a coffee next week?", {}),
    ("I'm not sure I'll make the kickoff.", {}),
]
