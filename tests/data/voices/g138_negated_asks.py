# Written before scoring (session 10): negated asks (a ban on changing something, scope
# dropped) beside negations that ask nothing. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Please don't change the headline.", {"req": 1}),
    ("No need to resize the banners.", {}),
    ("We don't need the Spanish version anymore.", {"cr": 1}),
    ("Don't worry about the footer.", {}),
    ("You don't have to send a proof.", {}),
    ("Never mind the last email.", {}),
    ("Please don't use the old photos.", {"req": 1}),
    ("Let's not do the radio spot after all.", {"cr": 1}),
]
