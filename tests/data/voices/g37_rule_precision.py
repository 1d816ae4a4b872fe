# Written before scoring (session 9): sentences with must / need / have to / require that set
# no rule of the work (the client's own process, errands, questions, the past, epistemic
# "must"), beside rules of the work said with the same words. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We must get the board's approval before we can sign the SOW.", {}),
    ("I need to check with my manager about the timing.", {}),
    ("Do we need captions on the Instagram videos?", {}),
    ("Last year we had to reprint because the bleed was wrong.", {}),
    ("You'll need the login for our CMS, I'll send it separately.", {}),
    ("All print files must be PDF/X-1a with 3 mm bleed.", {"req": 1}),
    ("The banners must not exceed 150 KB.", {"req": 1}),
    ("Every post needs alt text.", {"req": 1}),
    ("I have to leave early today, so call me before 3.", {}),
    ("The retailer requires all pack shots on a pure white background.", {"req": 1}),
    ("Please make sure the unsubscribe link is in the footer of every email.", {"req": 1}),
    ("Make sure you invite Dana to the review.", {}),
    ("We must have missed your email last week, sorry.", {}),
    ("You must be exhausted after the shoot!", {}),
    ("Nothing on the site can use autoplay video, it's a hard rule from IT.", {"req": 1}),
    ("We'll need a few days to collect feedback from the regions.", {}),
    ("I'm required to attend the offsite on Thursday, so I'll be slow to reply.", {}),
    ("Product names always need the trademark symbol on first use.", {"req": 1}),
    ("Did legal say we need the disclaimer on the social posts too?", {}),
    ("We have to pay the printer upfront this time.", {}),
]
