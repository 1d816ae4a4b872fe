# Written before scoring (session 8): change verbs that ask the agency for nothing (the
# client's own doings, admin, questions, thanks, meetings), beside deliverables and real asks.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We changed our opening hours last week.", {}),
    ("Our IT team will move the servers on Friday.", {}),
    ("We've added a new location in Austin.", {}),
    ("I'll update the spreadsheet tonight.", {}),
    ("Please update me when it's live.", {}),
    ("Let me know if anything changes.", {}),
    ("If you need to move the shoot, let me know.", {}),
    ("Could you confirm the changes were made?", {}),
    ("Did you change the font?", {}),
    ("Thanks for swapping the photo.", {}),
    ("I've moved our meeting to 3pm.", {}),
    ("Can you send me the updated file?", {}),
    ("Please send over the revised deck by Friday.", {"due": ["2026-12-04"]}),
    ("Please add me to the distribution list.", {}),
    ("Can you remove John from the email thread?", {}),
    ("Please change my email address in your system to kim@new.example.", {}),
    ("The printer will cut the flyers to size.", {}),
    ("Our designer will tweak the logo files before sending.", {}),
    ("Sorry, I had to reschedule our call to Monday.", {}),
    ("We decided not to change anything.", {}),
    ("Could you resize the images for Instagram as well?", {"cr": 1}),
    ("Please make the headline bigger.", {"cr": 1}),
    ("We'd like to add a third video to the package.", {"cr": 1}),
    ("Can you print 500 more flyers?", {"cr": 1}),
]
