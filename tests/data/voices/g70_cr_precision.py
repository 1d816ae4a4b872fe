# Written before scoring (session 9): sentences with change verbs that ask the agency for no
# change of the work (the client's own edits, thanks, reports, errands, information,
# go-aheads), beside changes asked in the same words. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We'll update the prices on our website tomorrow.", {}),
    ("Thanks for moving the logo, looks much better!", {}),
    ("Dana, please send Sam the logo files.", {}),
    ("Can you send me the invoice for November?", {}),
    ("Could you share the production schedule?", {}),
    ("Please confirm you got the files.", {}),
    ("Please go ahead and start on the banners.", {}),
    ("You suggested moving the logo to the top last week.", {}),
    ("If we change the headline, will it still fit on one line?", {}),
    ("Please change the headline to 'Fresh every morning'.", {"cr": 1}),
    ("I've changed my mind, let's keep the original photo.", {"cr": 1}),
    ("Our CEO renamed the product, so every piece needs the new name: Orbit Pro.",
     {"cr": 1}),
    ("Could you call me when you have a minute?", {}),
    ("Please remove me from the mailing list.", {}),
    ("Can you move the QR code a bit lower?", {"cr": 1}),
    ("We removed the old banners from our site already.", {}),
]
