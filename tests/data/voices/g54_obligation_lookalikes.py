# Written before scoring (session 9): "need", "must", "require" said of people, time, money and
# moods, beside rules a third party or the law sets for the work. Sent Wed 2 Dec 2026 (NY).
GRID = [
    ("Our team needs more time to review the concepts.", {}),
    ("We need to discuss the budget at some point.", {}),
    ("The printer must have lost our order.", {}),
    ("The venue requires proof of insurance from every exhibitor.", {"req": 1}),
    ("Our accounts team requires one invoice per month.", {}),
    ("You'll need a parking pass for the shoot.", {}),
    ("Photography in the park requires a permit.", {"req": 1}),
    ("Children in the shoot must be accompanied by a parent at all times.", {"req": 1}),
    ("I must say the new layout is great.", {}),
    ("We must celebrate when this launches!", {}),
    ("Must be nice to have a long weekend.", {}),
    ("The platform requires captions on all video ads.", {"req": 1}),
    ("We really need a win this quarter.", {}),
    ("Our CEO needs to see everything before it goes out.", {"req": 1}),
    ("I need a coffee before I read this properly.", {}),
    ("State law requires the license number on all ads.", {"req": 1}),
]
