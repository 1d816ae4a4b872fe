# Written before scoring (session 8): changes asked softly (wondering, hedging, suggesting,
# asking what if), beside the same openers used for weekends, calendars and weather. Sent
# Wed 2 Dec 2026 (New York).
GRID = [
    ("Would love to see the logo a touch bigger.", {"cr": 1}),
    ("I wonder if we could lose the second paragraph.", {"cr": 1}),
    ("Not sure about the orange, maybe try navy?", {"cr": 1}),
    ("The CTA needs to pop more.", {"cr": 1}),
    ("Might be worth trying a shorter headline.", {"cr": 1}),
    ("Feels like the video drags in the middle; trim 5 seconds?", {"cr": 1}),
    ("Any way to squeeze the QR code onto the back?", {"cr": 1}),
    ("Team feedback: less text, bigger product shot.", {"cr": 1}),
    ("I think the intro should be punchier.", {"cr": 1}),
    ("Should we drop the testimonial?", {"cr": 1}),
    ("What if the headline said 'Ride further'?", {"cr": 1}),
    ("We're not sold on the music, can you send alternatives?", {"cr": 1}),
    ("I wonder if you had a nice weekend.", {}),
    ("Not sure about Friday, I'll check my calendar.", {}),
    ("Might be worth a call next week.", {}),
    ("Should we meet on Thursday?", {}),
    ("What if it rains on the shoot day?", {}),
    ("The team feedback was really positive.", {}),
]
