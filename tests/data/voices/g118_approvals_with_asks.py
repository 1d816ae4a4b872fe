# Written before scoring (session 10): approvals that carry one ask, and approvals that carry
# none. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Approved with one tweak: make the logo bigger.", {"cr": 1}),
    ("Approved - no changes.", {}),
    ("Happy to sign off once the typo on p3 is fixed.", {"cr": 1}),
    ("OK to print.", {}),
    ("Approved, but please send the final PDF by Friday.", {"due": ["2026-12-04"]}),
    ("Go ahead, and can you add the QR code while you're at it?", {"cr": 1}),
    ("All good from our side, go for it.", {}),
    ("Signed off, apart from the date on the back, which should be the 12th.", {"cr": 1}),
    ("Approved. Please proceed with the print run.", {}),
    ("Looks great - just lose the exclamation mark and it's good to go.", {"cr": 1}),
]
