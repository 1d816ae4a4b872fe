# Written before scoring (session 9): requirements inside whole mails, where they sit among
# thanks, deadlines and questions: a rule in a P.S., a rule in a reply above the quote, a
# rule as the reason for a change, a rule from the last campaign repeated, rules in a
# numbered list after a lead-in without a colon. Dressed as a mail from kim@client.example,
# sent Wed 2 Dec 2026 (New York).
GRID = [
    # 0: a rule in a P.S.
    ({"body": """Hi Sam,

Thanks for the concepts, we'll review them on Friday.

Kim

P.S. Remember that all our social posts need the #LiveBrighter hashtag.
"""}, {"req": 1}),
    # 1: a rule above the quote
    ({"body": """Sam, one thing I forgot: the logo can never be placed on a photo, only on white.

On Tue, Dec 1, 2026 at 2:00 PM Sam Ortiz <sam@brightlane.agency> wrote:
> Hi Kim, here are the first layouts.
"""}, {"req": 1}),
    # 2: the rule is the reason for a change (one statement: the change)
    ({"body": """Please remove the price from the banner, we're not allowed to show prices online.

Kim
"""}, {"cr": 1}),
    # 3: last campaign's rules repeated for this one
    ({"body": """Hi Sam,

Same rules as the summer campaign apply: every ad carries the legal line, and nothing may mention interest rates.

Kim
"""}, {"req": 1}),
    # 4: a numbered list after a lead-in without a colon
    ({"body": """Hi Sam, a few things to keep in mind for the packaging

1. Nutrition panel on the back
2. Recycling logo on the base
3. Minimum font size 6pt

Thanks, Kim
"""}, {"req": 3}),
    # 5: a thank-you with no rule, and a question about one
    ({"body": """Thanks Sam! Quick question: do the banners need alt text, or is that only for the website?

Kim
"""}, {}),
]
