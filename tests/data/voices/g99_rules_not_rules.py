# Written before scoring (session 10): rule words ("never", "always", "must", "only",
# "required") in sentences about people, plans and feelings, beside short rules.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("I never know which file is the latest.", {}),
    ("You always do great work, thank you.", {}),
    ("We only found out about the change yesterday.", {}),
    ("Only the CEO can approve the final version.", {"req": 1}),
    ("A signed release is required for every person in the photos.", {"req": 1}),
    ("It must be hard with all these changes.", {}),
    ("Never show the product without its cap.", {"req": 1}),
    ("The only thing left is the cover.", {}),
    ("Always include the batch number on labels.", {"req": 1}),
    ("We must catch up soon.", {}),
    ("I always forget to attach the file.", {}),
    ("No alcohol in any of the images.", {"req": 1}),
]
