# Written before scoring (session 9): changes said as plain statements about the piece or the
# client's wishes, without a request verb, beside statements that ask nothing.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("The phone number on the back is the old one.", {"cr": 1}),
    ("The client would prefer a warmer palette.", {"cr": 1}),
    ("Our CEO isn't a fan of the stock photo on the cover.", {"cr": 1}),
    ("The headline on the banner still says 2025.", {"cr": 1}),
    ("The QR code doesn't scan.", {"cr": 1}),
    ("The link in the email goes to the old page.", {"cr": 1}),
    ("The second video is perfect as it is.", {}),
    ("The phone number is on the back.", {}),
    ("Our CEO is a fan of the new layout.", {}),
    ("Page 4 has the wrong opening hours.", {"cr": 1}),
    ("The logo looks a bit lost in the corner.", {"cr": 1}),
    ("The website link works fine now.", {}),
    ("There's a typo in the subject line.", {"cr": 1}),
    ("There's a lot to like in these concepts.", {}),
]
