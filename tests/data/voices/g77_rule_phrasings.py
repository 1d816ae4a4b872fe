# Written before scoring (session 9): rules of the work in the words clients use for house
# style and third parties' limits (not allowed, won't let, only, avoid, a no-go, we never),
# beside the same words about people, printers and invoices. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We're not allowed to use the word 'free' in any of our ads.", {"req": 1}),
    ("The council won't let us put signs on the pavement.", {"req": 1}),
    ("Any copy about health benefits has to be cleared by our nutritionist.", {"req": 1}),
    ("Only approved photos from our library, please.", {"req": 1}),
    ("Our logo always needs at least 10 mm of clear space.", {"req": 1}),
    ("Avoid red and green together, colour-blind customers complain.", {"req": 1}),
    ("Please stick to our tone of voice guide.", {"req": 1}),
    ("Pricing has to include VAT.", {"req": 1}),
    ("The guidelines don't allow the logo to be rotated.", {"req": 1}),
    ("Stock photos are a no-go for us.", {"req": 1}),
    ("We don't use exclamation marks in headlines.", {"req": 1}),
    ("We never show the product without its packaging.", {"req": 1}),
    ("We're not allowed to park at the venue.", {}),
    ("The council won't approve the permit until January.", {}),
    ("Only two of the photos arrived.", {}),
    ("We don't use that printer anymore.", {}),
    ("We never got the invoice.", {}),
    ("Avoid calling before 10, I'm in meetings all morning.", {}),
]
