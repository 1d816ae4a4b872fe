# Written before scoring (session 8): a rule's topic words (legal, compliance, the brand
# guidelines, a disclaimer, Pantone, file formats, approvals) mentioned where no rule is
# set: status, thanks, files handed over, people, the past; beside the rules themselves.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("The disclaimer is in the footer.", {}),
    ("Attached is the logo in EPS and PNG.", {}),
    ("Legal signed off on the copy this morning.", {}),
    ("Our compliance team is on holiday until Monday.", {}),
    ("Here are the brand guidelines, as promised.", {}),
    ("The CEO approved the budget.", {}),
    ("I'll ask legal about the claim and get back to you.", {}),
    ("Did the printer get the CMYK files?", {}),
    ("We used Pantone 286 C on the old packaging.", {}),
    ("The 300 dpi version is in the shared folder.", {}),
    ("Our lawyer, Dana Hill, is copied here.", {}),
    ("The legal line was missing from the last round, thanks for adding it.", {}),
    ("The disclaimer must appear on every frame.", {"req": 1}),
    ("All print files need to be CMYK with 3mm bleed.", {"req": 1}),
    ("Please stick to our brand guidelines for the new ads.", {"req": 1}),
    ("Everything has to go through compliance before it's published.", {"req": 1}),
    ("Use Pantone 286 C for the logo on all print.", {"req": 1}),
    ("Final approval sits with our CEO.", {"req": 1}),
]
