# Written before scoring (session 9): replies that approve and ask in one go, or approve a
# plan with its dates, or ask nothing. Dressed as a mail from kim@client.example, sent Wed
# 2 Dec 2026 (New York), some above the AE's quoted timeline.
GRID = [
    # 0: timeline approved, one move asked
    ({"body": """Timeline looks good, but can we move the shoot to the 12th?

Kim

On Tue, Dec 1, 2026 at 3:00 PM Sam Ortiz <sam@brightlane.agency> wrote:
> Proposed timeline: shoot Dec 10, edit Dec 14-18, final delivery Dec 21.
"""}, {"cr": 1, "due": ["2026-12-12"]}),
    # 1: approval only
    ({"body": """All approved, thanks Sam. Great work by the team.

Kim
"""}, {}),
    # 2: two changes in two sentences after an approval
    ({"body": """Approved with two tweaks. Please make the phone number bigger. Also swap the
hero photo for the one with the dog.

Kim
"""}, {"cr": 2}),
    # 3: a change and a new deadline in one reply, the old date quoted
    ({"body": """Sam, we need to bring the launch forward to Jan 5, sorry! Can the
banners be ready by Dec 30?

Kim

On Tue, Dec 1, 2026 at 3:00 PM Sam Ortiz <sam@brightlane.agency> wrote:
> Launch is set for Jan 12 with banners due Jan 6.
"""}, {"cr": 1, "due": ["2026-12-30", "2027-01-05"]}),
    # 4: questions only
    ({"body": """Quick questions: who is doing the voiceover? And is the music licensed for
TV as well?

Thanks,
Kim
"""}, {}),
    # 5: a budget raised in a reply
    ({"body": """Good news, finance approved an extra $5,000, so the total is now $25,000.

Kim
"""}, {"budget": ["USD 25000"]}),
]
