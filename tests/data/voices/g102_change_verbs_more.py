# Written before scoring (session 10): change verbs of everyday speech (tone down, beef up,
# dial back, bump up, ditch, axe, kill, flip, nudge, slot in, sub in, switch out).
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Can you tone down the orange a bit?", {"cr": 1}),
    ("Let's beef up the product section.", {"cr": 1}),
    ("Could we dial back the exclamation marks?", {"cr": 1}),
    ("Bump up the font size on the prices please.", {"cr": 1}),
    ("Ditch the stock photo on page 3.", {"cr": 1}),
    ("Please axe the last slide.", {"cr": 1}),
    ("Kill the intro music, it's too much.", {"cr": 1}),
    ("Can we flip the image so she faces the text?", {"cr": 1}),
    ("Nudge the logo a little to the left.", {"cr": 1}),
    ("Could you slot in a line about free delivery?", {"cr": 1}),
    ("Sub in the new team photo when you can.", {"cr": 1}),
    ("Switch out the hero image for the winter one.", {"cr": 1}),
]
