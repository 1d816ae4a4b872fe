# Written before scoring (session 9): sentences that ask two or three things at once (one
# change request each, by the labelling rules), and asks split across sentences with "Also",
# "Plus", "And". Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Can you make the logo bigger and move it to the top right?", {"cr": 1}),
    ("Please swap the photo, fix the typo and add our address.", {"cr": 1}),
    ("Make the headline shorter. Also the CTA should be orange.", {"cr": 2}),
    ("Remove the second paragraph. Plus, the price needs updating.", {"cr": 2}),
    ("Could you tighten the copy and send a new version by Friday?",
     {"cr": 1, "due": ["2026-12-04"]}),
    ("And can we lose the border?", {"cr": 1}),
    ("Also, the map is out of date.", {"cr": 1}),
    ("Also, thanks for the quick turnaround.", {}),
    ("And we loved the animation!", {}),
    ("Plus we need a Spanish version of the flyer.", {"cr": 1}),
]
