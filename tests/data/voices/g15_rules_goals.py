# Written before scoring (session 8): requirements and objectives in words the earlier grids
# lack, beside sentences that are neither. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Everything has to meet WCAG 2.1 AA.", {"req": 1}),
    ("Every image needs alt text.", {"req": 1}),
    ("Print files in CMYK with 3mm bleed, please.", {"req": 1}),
    ("Stay away from stock photography.", {"req": 1}),
    ("Legal has asked that the FDA disclaimer appear on every page.", {"req": 1}),
    ("It's important that the tone stays playful but not silly.", {"req": 1}),
    ("Avoid any mention of competitors by name.", {"req": 1}),
    ("We're trying to reach first-time buyers under 35.", {"obj": 1}),
    ("Success for us looks like 1,000 newsletter sign-ups.", {"obj": 1}),
    ("This is really about repositioning us as the premium option.", {"obj": 1}),
    ("We want people to walk away knowing we do same-day repairs.", {"obj": 1}),
    ("The brand guidelines are attached.", {}),
    ("We used Pantone 286 C last time.", {}),
    ("Our old agency never hit a deadline.", {}),
    ("The video must not be longer than 60 seconds.", {"req": 1}),
    ("Only use photos from our own library.", {"req": 1}),
    ("Our KPI is a 3% click-through rate.", {"obj": 1}),
    ("We hope to double online bookings by summer.", {"obj": 1}),
    ("I need to check with legal first.", {}),
]
