# Written before scoring (session 10): answers typed between the AE's quoted questions or a
# quoted copy deck, without a reply header. Dressed as a mail from kim@client.example, sent
# Wed 2 Dec 2026 (New York).
GRID = [
    ({"body": """Hi Sam, answers below.

Kim

> 1. Is the budget still $10,000?

No, we've been given $12,000.

> 2. Can we deliver the files on Dec 14?

Yes, that works.

> 3. Any changes to the copy?

Please change the last line to "See you there".
"""}, {"budget": ["USD 12000"], "due": ["2026-12-14"], "cr": 1}),
    ({"body": """See comments inline.

> Headline: "Winter warmers"
OK
> Subhead: "Beat the chill"
Can we have "Cosy up this winter" instead?
> Print date: Dec 12
Should be Dec 11, the printer closes early.
"""}, {"cr": 2, "due": ["2026-12-11"]}),
]
