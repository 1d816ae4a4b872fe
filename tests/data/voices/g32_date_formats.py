# Written before scoring (session 8): date spellings from other conventions and the office's
# shorthand: year-first with dots, day-month-year with month names, British "Thursday week",
# time zones and hours beside a day, vague times that name no day. Sent Wed 2 Dec 2026 (New
# York).
GRID = [
    ("Please deliver the files by 2026.12.18.", {"due": ["2026-12-18"]}),
    ("Final artwork due 18-Dec-2026.", {"due": ["2026-12-18"]}),
    ("Deadline: Dec-18.", {"due": ["2026-12-18"]}),
    ("Can we have the proofs Thursday week?", {"due": ["2026-12-10"]}),
    ("We need it by 5pm PT on the 18th.", {"due": ["2026-12-18"]}),
    ("Files due COB 12/18.", {"due": ["2026-12-18"]}),
    ("Need the deck by end of business Friday.", {"due": ["2026-12-04"]}),
    ("Please get it to us no later than EOW.", {"due": ["2026-12-04"]}),
    ("We need this ASAP.", {}),
    ("Sometime mid-Jan would be great for the launch.", {}),
    ("First thing Tues works for the files.", {"due": ["2026-12-08"]}),
    ("Launch: 18.12.2026", {"due": ["2026-12-18"]}),
    ("The posters have to be up by the 18th at the latest.", {"due": ["2026-12-18"]}),
    ("Print deadline is Friday 12/18 by noon.", {"due": ["2026-12-18"]}),
    ("We're targeting the week before Christmas.", {}),
    ("The new site should be live in Q1.", {}),
]
