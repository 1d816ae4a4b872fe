# Written before scoring (session 27): "need", "must", "have to", "should", "required" in a
# client's mail that set no rule for the work (an order, the scope, a wish, a worry, a fact of
# their business, a process step of their own) beside ones that do; the blind splits read 35
# rules where there were none. Sent Wed 2 Dec 2026 (New York).
GRID = [
    # no rule
    ("We need 500 flyers and two posters for the open day.", {}),
    ("We need a new website, the old one is from 2015.", {}),
    ("I must admit I was nervous about the new direction, but it works.", {}),
    ("We have to be careful with money this quarter.", {}),
    ("Our accountant needs the quote on letterhead for the grant application.", {}),
    ("The board has to vote on the budget next month.", {}),
    ("We should probably think about video next year.", {}),
    ("Is a signed contract required before you start?", {}),
    ("Our customers need to know we're open during the renovation.", {"obj": 1}),
    ("We really need this campaign to work, sales are down.", {}),
    ("You must have a lot on your plate with the holidays.", {}),
    ("We'll have to see what the budget allows.", {}),
    ("Parents have to sign up online by the 15th for the camp.", {}),
    ("Our new manager must have missed your email.", {}),
    ("We need more foot traffic on weekdays.", {"obj": 1}),
    # rules
    ("Any photo of a patient has to come with a signed consent form.", {"req": 1}),
    ("The ads must not mention cure or guaranteed results.", {"req": 1}),
    ("Our legal name has to appear in full on the back of every piece.", {"req": 1}),
    ("The packaging needs to be fully recyclable, it's our promise to customers.", {"req": 1}),
    ("All signage has to be bilingual, English and French, by provincial law.", {"req": 1}),
    ("The website should meet AA accessibility, we're a public body.", {"req": 1}),
    ("Nothing can go out without Maria's sign-off.", {"req": 1}),
]
