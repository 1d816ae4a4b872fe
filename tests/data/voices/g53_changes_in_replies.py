# Written before scoring (session 9): changes asked in replies to a proof: "one small thing",
# "can we go back to", "let's revert", "same but", "apart from", approvals with one change,
# and replies that approve without change. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("One small thing: the date in the footer should be 2027.", {"cr": 1}),
    ("Can we go back to the first version of the headline?", {"cr": 1}),
    ("Let's revert to the original colour scheme.", {"cr": 1}),
    ("Same again but with the blue background please.", {"cr": 1}),
    ("Apart from the typo on page 3, all good.", {"cr": 1}),
    ("Approved, just lose the exclamation mark.", {"cr": 1}),
    ("Approved as is.", {}),
    ("We're happy to go ahead with version B.", {}),
    ("No further changes from our side.", {}),
    ("Only comment: can the price be in bold?", {"cr": 1}),
    ("All fine except the logo, which looks stretched.", {"cr": 1}),
    ("Could you send me the high-res files when ready?", {}),
    ("Let's keep the headline as it was.", {"cr": 1}),
    ("Can you resend the link? It expired.", {}),
]
