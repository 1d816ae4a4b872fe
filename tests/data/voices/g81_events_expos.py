# Written before scoring (session 10): trade shows and conferences: delivery to the venue,
# organisers' rules, the show's own days; beside last year's stand and the shuttle.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Stand graphics must be delivered to the venue no later than 8 January.",
     {"due": ["2027-01-08"]}),
    ("The expo opens 14 January at the NEC.", {"due": ["2027-01-14"]}),
    ("The organisers require all stand materials to be Class 1 fire rated.", {"req": 1}),
    ("We'd like to get 500 badge scans over the three days.", {"obj": 1}),
    ("Could the back wall say 'Visit us at stand B42' in bigger letters?", {"cr": 1}),
    ("We exhibited there last year on stand C10.", {}),
    ("The shuttle from the hotel leaves at 8am each day.", {}),
    ("Our total spend on the show, stand and travel included, is £60,000.",
     {"budget": ["GBP 60000"]}),
    ("Print for the leaflets has to be at the hall by noon on the 11th of January.",
     {"due": ["2027-01-11"]}),
    ("Please remove the QR code from the lectern wrap, the organisers don't allow them.",
     {"cr": 1}),
]
