# Written before scoring (session 10): the same event in the past and in the future (launched
# and launch, went out and goes out, printed and print). Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We launched the app on March 3.", {}),
    ("We launch the app on March 3.", {"due": ["2027-03-03"]}),
    ("The mailer went out on Monday.", {}),
    ("The mailer goes out on Monday.", {"due": ["2026-12-07"]}),
    ("We printed the flyers on the 1st.", {}),
    ("The flyers print on the 10th.", {"due": ["2026-12-10"]}),
    ("The ads ran until the 30th of November.", {}),
    ("The site went live on November 20.", {}),
    ("The site goes live on December 20.", {"due": ["2026-12-20"]}),
    ("We sent the invitations on the 28th.", {}),
]
