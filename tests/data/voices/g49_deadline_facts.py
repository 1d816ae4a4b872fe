# Written before scoring (session 9): deadlines said as facts of the trade with verbs the
# older grids lack (ships, embargo, wire, in stores, files to), beside dates of offers,
# contests and other people's days. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Printer needs files Monday.", {"due": ["2026-12-07"]}),
    ("The catalogue ships to stores Jan 6.", {"due": ["2027-01-06"]}),
    ("We're in stores from Feb 1.", {"due": ["2027-02-01"]}),
    ("The embargo lifts on January 12, so everything has to be ready for that.",
     {"due": ["2027-01-12"]}),
    ("Voting in our customer contest closes Dec 20.", {}),
    ("Our holiday sale ends December 31.", {}),
    ("The press release crosses the wire on Jan 5.", {"due": ["2027-01-05"]}),
    ("Kim starts her maternity leave on Dec 18.", {}),
    ("Artwork to the publisher by the 9th.", {"due": ["2026-12-09"]}),
    ("The new menu rolls out in all restaurants on January 4.", {"due": ["2027-01-04"]}),
    ("We got the printer's quote on Nov 30.", {}),
    ("Copy lock is Friday.", {"due": ["2026-12-04"]}),
    ("The app update goes to the App Store on Dec 14 for review.", {"due": ["2026-12-14"]}),
    ("Our fiscal year closes on Dec 31.", {}),
]
