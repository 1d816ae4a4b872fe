# Written before scoring (session 10): rules said with "a must", "non-negotiable",
# "mandatory", "we insist on", "please ensure", "under no circumstances", "strictly no",
# "only ever", beside the same words about people and meetings. Sent Wed 2 Dec 2026 (NY).
GRID = [
    ("The recycling logo is a must on all packaging.", {"req": 1}),
    ("Alt text on every image is non-negotiable.", {"req": 1}),
    ("The safety warning is mandatory on the label.", {"req": 1}),
    ("We insist on British spelling throughout.", {"req": 1}),
    ("Please ensure the disclaimer appears on every slide.", {"req": 1}),
    ("Under no circumstances should the old logo appear.", {"req": 1}),
    ("Strictly no images of alcohol.", {"req": 1}),
    ("We only ever show the product on a white background.", {"req": 1}),
    ("Attendance at the kickoff is mandatory for our team.", {}),
    ("A visit to the factory is a must if you're in town.", {}),
    ("Please ensure you get some rest over the holidays.", {}),
    ("We insist on buying you lunch next time.", {}),
]
