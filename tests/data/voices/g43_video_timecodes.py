# Written before scoring (session 9): feedback on a cut, a deck or a layout given by timecode,
# slide, page or frame, the way producers write it; and lines of the same shape that ask
# nothing. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("0:15 - music is too loud under the VO", {"cr": 1}),
    ("00:32 – can we hold on the product shot a second longer?", {"cr": 1}),
    ("1:05: love this bit!", {}),
    ("0:48 - swap the end card for the new one with the URL", {"cr": 1}),
    ("Slide 4: the chart needs the 2026 numbers.", {"cr": 1}),
    ("Slide 7 is perfect.", {}),
    ("Frame 3 - use the lifestyle shot instead.", {"cr": 1}),
    ("p. 6 typo in the second paragraph ('there' should be 'their')", {"cr": 1}),
    ("Page 2, the photo credit is missing.", {"cr": 1}),
    ("At 0:20 the logo flashes by too quickly.", {"cr": 1}),
    ("Overall the cut feels about 10 seconds too long.", {"cr": 1}),
    ("The VO at 0:40 is great, keep it.", {}),
    ("Slide 12 onwards is just for our internal team, ignore.", {}),
    ("2:10 – cut the second testimonial entirely", {"cr": 1}),
]
