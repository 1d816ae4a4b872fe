# Written before scoring (session 9): banks, insurers, pharma and health clients: the lines
# and reviews the law or a regulator asks for, beside the same words in other senses.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("All claims must be FDA-compliant.", {"req": 1}),
    ("Fair balance needs to be included in every piece.", {"req": 1}),
    ("Any rate shown has to include the APR.", {"req": 1}),
    ("Member FDIC and Equal Housing Lender on all print.", {"req": 1}),
    ("Our compliance team approved the last campaign in two days.", {}),
    ("The ISI has to run at readable speed in the TV spot.", {"req": 1}),
    ("Insurance products are not FDIC insured, and we must say so.", {"req": 1}),
    ("I had to explain the FDA rules to our new hire yesterday.", {}),
    ("Please add 'Consult your doctor' under the headline.", {"cr": 1}),
    ("Our regulator visits us in March.", {}),
    ("Testimonials can't imply guaranteed results.", {"req": 1}),
    ("We're hoping to sign up 1,000 new members in Q1.", {"obj": 1}),
]
