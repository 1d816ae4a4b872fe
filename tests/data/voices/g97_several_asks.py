# Written before scoring (session 10): feedback mails where each line or sentence asks one
# thing (counted one a sentence), with thanks, praise and a question about timing between.
# Dressed as a mail from kim@client.example, sent Wed 2 Dec 2026 (New York).
GRID = [
    ({"body": """Hi Sam,

Thanks for the new layouts, they're a big step up.

Homepage: the hero image feels too dark, can we try the lighter one from the shoot? The three tiles underneath are great. The footer still has last year's address.

About page: please cut the second paragraph, it repeats the intro. And can Maria's photo be replaced with the new headshot?

When do you think we could see the next round?

Kim
"""}, {"cr": 4}),
    ({"body": """Sam - notes from the team on the video:

0:05 music too loud
0:12 wrong product shot, should be the blue bottle
0:30 love this bit
0:41 end card needs the new URL

Can we get v2 by Tuesday?
"""}, {"cr": 3, "due": ["2026-12-08"]}),
    ({"body": """Hi Sam,

Really happy with the brochure overall. Two small things. The map on page 6 is missing the new car park. And I think we should say "since 1972" rather than "for 50 years", it dates better.

Everything else can go to print.

Kim
"""}, {"cr": 2}),
]
