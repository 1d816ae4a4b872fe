# Written before scoring (session 8): briefs whose rules, scope and timing sit in lists under
# headings (Mandatories, Notes, Must-haves, Deliverables, Timing, Things to avoid, Questions).
# Dressed as a mail from kim@client.example, sent Wed 2 Dec 2026 (New York).
GRID = [
    # 0: mandatories, one rule a bullet
    ({"body": """Hi Sam,

Mandatories:
- Logo lockup top left
- Legal line: "Member FDIC"
- No competitor names

Kim
"""}, {"req": 3}),
    # 1: notes from a call: one rule, one errand, one meeting
    ({"body": """Notes from today:
- Use the spring palette throughout
- Kim to send the shot list
- Call with legal next Tuesday
"""}, {"req": 1}),
    # 2: a heading without a colon
    ({"body": """Must-haves

All copy in plain English
Phone number on every piece

Thanks, Kim
"""}, {"req": 2}),
    # 3: scope and timing lists
    ({"body": """Hi Sam, here's the plan.

Deliverables:
- 3 social posts (1080x1080)
- 1 landing page

Timing:
- First drafts: Dec 11
- Final: Dec 18

Kim
"""}, {"due": ["2026-12-11", "2026-12-18"]}),
    # 4: things to avoid
    ({"body": """Things to avoid:
- Stock photos of handshakes
- The word "synergy"

Kim
"""}, {"req": 2}),
    # 5: questions in a list ask nothing of the work
    ({"body": """A couple of questions:
- Can we use the new logo yet?
- Do we need legal review for the radio spot?

Kim
"""}, {}),
    # 6: legal's must-dos in a reply
    ({"body": """Couple of must-dos from legal:
- disclaimer on every frame
- no pricing in the headline

Otherwise we're good to go.
Kim
"""}, {"req": 2}),
]
