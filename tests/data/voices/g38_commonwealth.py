# Written before scoring (session 9): Australian, New Zealand, Canadian and Irish voices:
# fortnight, COB, Friday week, keen, after, chuck, reckon, AUD/NZD/CAD.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Can we get the artwork through in a fortnight?", {"due": ["2026-12-16"]}),
    ("Need the proofs by COB Thursday if poss.", {"due": ["2026-12-03"]}),
    ("We've got about $40k AUD to play with for the summer campaign.", {"budget": ["AUD 40000"]}),
    ("Budget is NZ$25,000 all up.", {"budget": ["NZD 25000"]}),
    ("Can we have the radio spot ready for the 14th? Keen to get it on air before Chrissy.",
     {"due": ["2026-12-14"]}),
    ("Could you chuck the new logo on the footer?", {"cr": 1}),
    ("Reckon the headline needs to be punchier.", {"cr": 1}),
    ("We're after more foot traffic in the Parramatta store over the summer holidays.",
     {"obj": 1}),
    ("Sorry for the late reply, been flat out all arvo.", {}),
    ("The print run has to be on recycled stock, non-negotiable for us.", {"req": 1}),
    ("Happy with the draft, cheers!", {}),
    ("Total spend is capped at CAD 18,000.", {"budget": ["CAD 18000"]}),
    ("Final files to the printer no later than Friday week.", {"due": ["2026-12-11"]}),
    ("Could you swap the beach shot for one with the harbour?", {"cr": 1}),
    ("Our financial year ends 30 June so the invoice needs to be in before then.", {}),
    ("Goal is to get 2,000 sign-ups for the footy tipping comp.", {"obj": 1}),
    ("Mate, the tagline's got a typo: 'recieve'.", {"cr": 1}),
    ("Grand, that all looks deadly, go ahead.", {}),
]
