# Written before scoring (session 10): a deadline and the reason for it in one sentence, the
# reason holding a date of its own (the stand builders' day, the CEO's leave, an issue date).
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We need the banners by the 9th because the stand builders arrive on the 10th.",
     {"due": ["2026-12-09"]}),
    ("The mailer must be with the post office by Dec 14 so it lands before Christmas.",
     {"due": ["2026-12-14"]}),
    ("Get the artwork to the printer by Friday, otherwise we miss the January issue.",
     {"due": ["2026-12-04"]}),
    ("As the CEO is away from the 15th, please send the deck by the 14th.",
     {"due": ["2026-12-14"]}),
    ("Since our office closes on the 18th, the proofs need to be approved by the 17th.",
     {"due": ["2026-12-17"]}),
    ("We'd like the video by Monday, as the board meets on Tuesday.", {"due": ["2026-12-07"]}),
]
