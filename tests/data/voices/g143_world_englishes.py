# Written before scoring (session 10): Englishes of Nigeria, the Philippines, Ghana, Russia,
# Brazil, Poland, the Gulf, India, China, Japan, Spain and France, each with an ask, a date
# or a sum in its own turn of phrase. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Please kindly help to effect the correction on the flyer before Friday.",
     {"cr": 1, "due": ["2026-12-03"]}),
    ("Kindly revise the tarpaulin layout, the logo should be bigger po.", {"cr": 1}),
    ("We are expecting the final copies latest by Monday.", {"due": ["2026-12-07"]}),
    ("Please make logo more big and send us till Thursday.", {"cr": 1, "due": ["2026-12-03"]}),
    ("We have a budget of R$ 15 mil for the campaign.", {"budget": ["BRL 15000"]}),
    ("The deadline for the materials is 10.12.", {"due": ["2026-12-10"]}),
    ("Kindly note that the artwork must be approved from our side before printing.",
     {"req": 1}),
    ("Please revert with the final artwork by tomorrow EOD.", {"due": ["2026-12-03"]}),
    ("The poster need to change the color to more bright.", {"cr": 1}),
    ("We would like to request you to revise the catch copy.", {"cr": 1}),
    ("We need to have the banners for the day 15.", {"due": ["2026-12-15"]}),
    ("We must absolutely have the files before the 18 of December.", {"due": ["2026-12-17"]}),
]
