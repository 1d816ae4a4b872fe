# Written before scoring (session 10): percentages of offers, margins and sizes (a change when
# the piece must show or grow them, a goal when the business must grow), beside facts.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We're running 20% off all winter coats.", {}),
    ("Please add '20% off' to the banner.", {"cr": 1}),
    ("The discount ends on Sunday.", {}),
    ("Our margin is 35%.", {}),
    ("Increase the font size by 20%.", {"cr": 1}),
    ("We want a 20% increase in bookings.", {"obj": 1}),
    ("Conversion was up 12% last month.", {}),
    ("Make the logo 10% smaller.", {"cr": 1}),
]
