# Written before scoring (session 27): feedback said with a modal about one piece ("the phone
# number needs to be bigger", "the intro has to go") is a change; the same modals about all
# the work ("every email needs an unsubscribe link") are rules; about people, none. The blind
# splits read eight of their missed changes as rules. Sent Wed 2 Dec 2026 (New York).
GRID = [
    # one piece put right: changes
    ("The phone number needs to be bigger.", {"cr": 1}),
    ("The logo has to move to the top right.", {"cr": 1}),
    ("The second photo should be the one with the dog.", {"cr": 1}),
    ("The price on the front should be $49.", {"cr": 1}),
    ("The date needs to say Saturday, not Sunday.", {"cr": 1}),
    ("The intro has to go.", {"cr": 1}),
    ("The button needs to link to the booking page.", {"cr": 1}),
    ("The background on slide 2 needs to be lighter.", {"cr": 1}),
    ("The map on the back needs updating.", {"cr": 1}),
    ("The last slide should be our contact details.", {"cr": 1}),
    ("The headline on the poster must be in our red.", {"cr": 1}),
    ("The tagline needs to lose the word 'best'.", {"cr": 1}),
    ("Both banners need the new address.", {"cr": 1}),
    ("The photo of the team should be cropped tighter.", {"cr": 1}),
    # all the work: rules
    ("All our ads must show the license number.", {"req": 1}),
    ("Headlines should always be in sentence case.", {"req": 1}),
    ("Every email needs an unsubscribe link.", {"req": 1}),
    ("Photos have to be at least 300 dpi.", {"req": 1}),
    ("Any use of the mascot has to be approved by the licensor.", {"req": 1}),
    ("Prices in all our materials should include VAT.", {"req": 1}),
    # people, not the work
    ("I need to check with my boss first.", {}),
    ("We should catch up soon.", {}),
    ("You must be busy this week.", {}),
    ("The printer has to close early on Friday.", {}),
    ("Our interns need to learn the new system.", {}),
]
