# Written before scoring (session 9): retail clients' trade words: circulars breaking, resets,
# doorbusters, flyers hitting homes, POS shipping to stores; beside store events and sales
# that set no deadline for the agency. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("The circular breaks Dec 13.", {"due": ["2026-12-13"]}),
    ("Planogram reset is Jan 10, so the shelf talkers need to ship by Jan 4.",
     {"due": ["2027-01-04"]}),
    ("The flyer hits homes Thursday.", {"due": ["2026-12-03"]}),
    # (labelled 2027-01-04 when written: the 4th after Dec 2 is Dec 4)
    ("POS needs to ship to stores by the 4th.", {"due": ["2026-12-04"]}),
    ("Our doorbusters start at 6am on Black Friday.", {}),
    ("Store managers meet on Jan 8 to walk the new layout.", {}),
    ("The clearance sale runs through Jan 31.", {}),
    ("In-store signage has to match the circular exactly.", {"req": 1}),
    ("Every price shown must match the POS system on the day.", {"req": 1}),
    ("Could we add the store hours to the back of the flyer?", {"cr": 1}),
    ("We want to lift average basket size by 10% this holiday.", {"obj": 1}),
    ("Shrink was up 3% last quarter.", {}),
]
