# Written before scoring (session 10): questions that ask for a change, and questions that only
# ask about the work (its state, its deadline, who does what). Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Would it be possible to add a QR code to the back?", {"cr": 1}),
    ("Did you add the QR code?", {}),
    ("What's the deadline for the print files?", {}),
    ("Could the headline go on two lines?", {"cr": 1}),
    ("Who is doing the retouching?", {}),
    ("Is there any way to make the logo pop a bit more?", {"cr": 1}),
    ("How long does a reprint usually take?", {}),
    ("Any chance we could swap the order of slides 2 and 3?", {"cr": 1}),
    ("Have you heard back from the printer?", {}),
    ("Why is the background grey now?", {}),
    ("Can we lose the border around the photo?", {"cr": 1}),
    ("Do we need to send you the logo again?", {}),
]
