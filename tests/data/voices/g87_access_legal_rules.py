# Written before scoring (session 10): accessibility, legal and regulator rules in a client's
# words, beside talk about lawyers, conferences and holidays. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("All web pages must meet WCAG 2.1 AA.", {"req": 1}),
    ("Every image needs alt text.", {"req": 1}),
    ("Captions on all videos, please - it's a legal requirement for us.", {"req": 1}),
    ("The terms and conditions link must be visible on every ad.", {"req": 1}),
    ("Our lawyers checked the copy last week.", {}),
    ("Please avoid red and green together, our colour-blind users struggle.", {"req": 1}),
    ("We always put the price including VAT.", {"req": 1}),
    ("The font size can't go below 12pt in the print version.", {"req": 1}),
    ("Accessibility was a big topic at the conference.", {}),
    ("The privacy notice has to be linked from the sign-up form.", {"req": 1}),
    ("We need to comply with the new FCA rules on financial promotions.", {"req": 1}),
    ("The legal team is on holiday until the 4th.", {}),
]
