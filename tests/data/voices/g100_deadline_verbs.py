# Written before scoring (session 10): deadlines said with verbs of arrival and hand-over (on
# my desk by, in our hands by, back to us by, turned around by, wrapped by, signed off by),
# beside the same verbs about the past and about people. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("I need it on my desk by Thursday.", {"due": ["2026-12-03"]}),
    ("Can we have the printed copies in our hands by the 14th?", {"due": ["2026-12-14"]}),
    ("Please get the edits back to us by Monday.", {"due": ["2026-12-07"]}),
    ("Could you turn it around by Friday?", {"due": ["2026-12-04"]}),
    ("The shoot needs to be wrapped by December 11.", {"due": ["2026-12-11"]}),
    ("Everything has to be signed off by the 16th.", {"due": ["2026-12-16"]}),
    ("The files landed on my desk on Monday.", {}),
    ("Jo will be back in the office by the 7th.", {}),
    ("We got the samples back on Tuesday.", {}),
    ("Get it over to us whenever suits.", {}),
    ("We'd love to have the video cut by the end of the week.", {"due": ["2026-12-04"]}),
    ("The new starter will be up to speed by January.", {}),
]
