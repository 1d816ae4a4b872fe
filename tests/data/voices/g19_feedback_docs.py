# Written before scoring (session 8): feedback written like a marked-up document, one line a
# note: page and slide references, arrows, verdicts that ask nothing. Mail grid; dressed as a
# reply from kim@client.example, sent Wed 2 Dec 2026 (New York).
GRID = [
    # 0: page notes with a colon
    ({"body": """Hi Sam, notes on the brochure:

p2: swap the hero image for the beach shot
p3, para 2: "their" should be "there"
p5: love it, no changes
Back cover: add the new phone number

Thanks, Kim
"""}, {"cr": 3}),
    # 1: slide notes, terse verdicts
    ({"body": """Deck feedback

Slide 1 - OK
Slide 4 - too wordy, cut it down
Slide 6 - chart colours don't match our palette
Slide 9 - perfect

Kim
"""}, {"cr": 2}),
    # 2: bracketed page references, markup style
    ({"body": """Sam,

[p.5] delete "new" in the headline
[p.7] photo credit missing
[p.8] fine as is

K.
"""}, {"cr": 2}),
    # 3: a table-like list with arrows and a deadline under it
    ({"body": """Copy changes:
Headline -> Ride further, ride greener
CTA -> Get started
Price -> $49

We need the revised files by Monday Dec 7.
"""}, {"cr": 3, "due": ["2026-12-07"]}),
    # 4: only praise and sign-off, written as a list
    ({"body": """Round 2 feedback:
- Logo: approved
- Colours: great
- Copy: approved

Good to print!
"""}, {}),
    # 5: overall verdict, then one real change, then a question that is no change
    ({"body": """Overall we love it! One tweak: can the tagline sit on one line?
Also, did you get the new photos from our photographer?

Kim
"""}, {"cr": 1}),
]
