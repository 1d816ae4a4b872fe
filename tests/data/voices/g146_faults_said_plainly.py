# Written before scoring (session 27): faults and fixes said plainly, the way feedback arrives
# in new mail (no "please", no question): what is wrong, what it should be, what is missing
# or extra, what looks off; beside the same words about things that are not the work (the
# weather, an invoice, a competitor's ad, the office, last year's campaign) and praise.
# Change requests are the blind splits' field the issue weighs most (0.889). Sent Wed 2 Dec
# 2026 (New York).
GRID = [
    # faults and fixes
    ("The store hours on the flyer are from before the summer.", {"cr": 1}),
    ("Slide 6 still has the old org chart.", {"cr": 1}),
    ("Our address on the postcard is missing the suite number.", {"cr": 1}),
    ("The model's hands look odd in the hero shot.", {"cr": 1}),
    ("The discount on the banner should read 25%, we changed it yesterday.", {"cr": 1}),
    ("There's a typo in the second paragraph of the letter: recieve.", {"cr": 1}),
    ("The QR code on the menu goes to a dead page.", {"cr": 1}),
    ("The voiceover mispronounces our name, it's KAY-ler, not KAI-ler.", {"cr": 1}),
    ("The green in the logo on the shirts came out too yellow.", {"cr": 1}),
    ("The date on the invitation says Saturday the 12th, but the 12th is a Friday.", {"cr": 1}),
    ("Too many exclamation marks in the email copy.", {"cr": 1}),
    ("The price tag graphic covers the product name on the shelf talker.", {"cr": 1}),
    ("The chart on page 9 shows 2025 numbers, these should be 2026.", {"cr": 1}),
    ("The photo of Dr. Lee is actually Dr. Park.", {"cr": 1}),
    ("We don't offer the free consultation anymore, it's still on the landing page.",
     {"cr": 1}),
    ("The map on the back doesn't show the new parking lot.", {"cr": 1}),
    ("The font in the footer is different from the rest of the site.", {"cr": 1}),
    ("The end card is on screen for barely a second.", {"cr": 1}),
    ("Logo's a bit lost against the dark background on the poster.", {"cr": 1}),
    ("The headline promises same-day delivery, we only do next-day.", {"cr": 1}),
    # the same shapes, not about the work, or praise
    ("The weather here has been awful all week.", {}),
    ("The invoice from the printer is missing the PO number.", {}),
    ("Our competitor's new billboard looks cheap, honestly.", {}),
    ("The office coffee machine goes to a dead socket, ha.", {}),
    ("Last year's campaign had too many exclamation marks, we learned.", {}),
    ("The photos look amazing, the team loves them.", {}),
    ("The parking lot at our store is still closed for repairs.", {}),
    ("My old phone number still shows up in some of your emails, I'll fix my signature.", {}),
    ("The new hire starts on Monday, she's great.", {}),
    ("The headline is perfect as it is.", {}),
]
