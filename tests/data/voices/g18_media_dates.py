# Written before scoring (session 8): the trade's own words for a deadline (publishers, direct
# mail, broadcast, retail), beside dates that are no deadline of the work. Sent Wed 2 Dec
# 2026 (New York).
GRID = [
    ("Materials are due to the publisher by Dec 11.", {"due": ["2026-12-11"]}),
    ("Ad close is December 15.", {"due": ["2026-12-15"]}),
    ("Space closes Jan 8 and materials are due Jan 12.", {"due": ["2027-01-08", "2027-01-12"]}),
    ("In-home date is January 20.", {"due": ["2027-01-20"]}),
    ("Drop date 1/15.", {"due": ["2027-01-15"]}),
    ("Go-live: 12/14.", {"due": ["2026-12-14"]}),
    ("The cutoff for changes is Thursday at noon.", {"due": ["2026-12-03"]}),
    ("Spots need to be at the station by Friday 5pm for traffic.", {"due": ["2026-12-04"]}),
    ("The retailer's planogram resets on January 10, so shelf strips must ship by Dec 28.",
     {"due": ["2026-12-28"]}),
    ("Embargo lifts on January 6 at 9am ET.", {}),
    ("The press release goes out January 6.", {"due": ["2027-01-06"]}),
    ("Our fiscal year ends December 31.", {}),
    ("The IO was signed on November 30.", {}),
    ("The magazine hits newsstands on January 4.", {"due": ["2027-01-04"]}),
    ("Proofs back to the printer no later than Monday.", {"due": ["2026-12-07"]}),
    ("Please have the creative trafficked by the 18th.", {"due": ["2026-12-18"]}),
    ("We're live in 10 days.", {"due": ["2026-12-12"]}),
    ("The conference was on November 12.", {}),
    ("Our next board meeting is January 14.", {}),
    ("The store's grand opening is Saturday, Jan 16.", {"due": ["2027-01-16"]}),
]
