# Written before scoring (session 10): estate agents, developers and car dealers: openings,
# listings, finance small print, co-op money; beside prices, rates and completions.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("The show home opens on the 19th so the hoardings need to be up by the 16th.",
     {"due": ["2026-12-16"]}),
    ("Every listing photo needs the agent's licence number in the corner.", {"req": 1}),
    ("We've got $7.5k a month for the dealership's paid social.", {"budget": ["USD 7500"]}),
    ("Can you swap the red SUV on the banner for the new hybrid?", {"cr": 1}),
    ("The APR must be shown in the same size as the monthly payment.", {"req": 1}),
    ("We want to book 40 test drives a week from the campaign.", {"obj": 1}),
    ("The completion date for phase two is March 2027.", {}),
    ("Price on the flyer should read $32,995, not $33,995.", {"cr": 1}),
    ("Brochures for the new development have to be at the sales suite by Friday 11th.",
     {"due": ["2026-12-11"]}),
    ("Mortgage rates have dropped to 5.9% this month.", {}),
    ("Could we get the floor plans in the brochure a bit bigger?", {"cr": 1}),
    ("Head office has capped the quarter's co-op spend at $20k.", {"budget": ["USD 20000"]}),
]
