# Written before scoring (session 10): what the client promises to do (send, confirm, review,
# get back), beside what they ask the agency to do by a day. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("I'll send the logo files tomorrow.", {}),
    ("You'll have our feedback by Friday.", {}),
    ("We'll confirm the budget next week.", {}),
    ("Our legal team will review it by the 10th.", {}),
    ("I'll get back to you on Monday with the copy.", {}),
    ("Please send the revised proofs by Monday and I'll review them on Tuesday.",
     {"due": ["2026-12-07"]}),
    ("We will send you the product samples on the 8th.", {}),
    ("Expect our comments by end of day tomorrow.", {}),
]
