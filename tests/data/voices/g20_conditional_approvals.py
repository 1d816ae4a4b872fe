# Written before scoring (session 8): approvals with a condition or an exception, where the
# exception is the change and the approval is none. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Approved, pending legal's OK on the claim.", {}),
    ("Good to go once the typo in the footer is fixed.", {"cr": 1}),
    ("Happy with v3 except the headline, which needs to be shorter.", {"cr": 1}),
    ("Sign-off from me, but Jane wants the logo bigger.", {"cr": 1}),
    ("If you can make the logo bigger, we're good to go.", {"cr": 1}),
    ("All approved apart from page 4: please use the older photo there.", {"cr": 1}),
    ("Looks great, nothing to change.", {}),
    ("We're fine with the layout as it is.", {}),
    ("Yes to option B.", {}),
    ("Approved with one change: the date should read March 3.", {"cr": 1}),
    ("You can go ahead with printing after you correct the phone number.", {"cr": 1}),
    ("I'm happy for this to go live as soon as legal signs off.", {}),
    ("Go with the green version, it tested better.", {"cr": 1}),
    ("Thanks for fixing the typo so quickly.", {}),
    ("The revised layout works much better.", {}),
    ("Let's keep everything as is for now.", {}),
]
