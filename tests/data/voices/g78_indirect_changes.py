# Written before scoring (session 9): changes asked indirectly (worth adding, would work
# better, ideally would be, drags, except the font, let's go with a shorter), beside the same
# turns of phrase about calls, the campaign and launch hopes. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Could the tagline be a bit more playful?", {"cr": 1}),
    ("It might be worth adding a map to the back page.", {"cr": 1}),
    ("I think the CTA would work better in orange.", {"cr": 1}),
    ("Is there any chance of a version with the logo on the left?", {"cr": 1}),
    ("The intro drags a bit.", {"cr": 1}),
    ("Let's go with a shorter headline.", {"cr": 1}),
    ("Ideally the photo would be of a real customer.", {"cr": 1}),
    ("Happy with everything except the font.", {"cr": 1}),
    ("It might be worth having a call about this.", {}),
    ("I think the campaign will work really well.", {}),
    ("Happy with everything.", {}),
    ("Let's go with the flow on timing.", {}),
    # due added in the thirteenth session, when holidays became days: a launch before
    # Christmas is the day the work is for, as "ideally we'd launch on December 20" was read
    # all along (this grid was written for its changes)
    ("Ideally we'd launch before Christmas.", {"due": ["2026-12-24"]}),
    ("Is there any chance of a call tomorrow?", {}),
]
