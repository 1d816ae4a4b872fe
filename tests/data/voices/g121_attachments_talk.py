# Written before scoring (session 10): sentences about attachments: handed over (no statement),
# a guide to follow, photos to use only, a swap for an attached file.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("See attached brief.", {}),
    ("Attached is the logo in vector format.", {}),
    ("I've attached the brand guidelines - please follow them closely.", {"req": 1}),
    ("Please use the attached photos only.", {"req": 1}),
    ("Can you replace the photo with the attached one?", {"cr": 1}),
    ("The attachment didn't come through, can you resend?", {}),
    ("Here are the product shots from yesterday's shoot.", {}),
    ("Please swap in the attached price list.", {"cr": 1}),
    ("Our comments are in the attached PDF, please make the changes marked.", {"cr": 1}),
    ("Let me know if the files open OK.", {}),
]
