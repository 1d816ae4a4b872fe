# Written before scoring (session 10): short replies above quoted history (the AE's mail or
# the client's own earlier mail) whose dates and sums the agency already has.
# Dressed as a mail from kim@client.example, sent Wed 2 Dec 2026 (New York).
GRID = [
    ({"body": """Thanks, will do.

On Tue, Dec 1, 2026 at 3:00 PM Kim Lee <kim@client.example> wrote:
> Sam, as discussed the budget is $9,000 and the flyers must be ready by December 11.
> All prints must use recycled paper.
"""}, {}),
    ({"body": """Great, thanks Sam!

On Tue, Dec 1, 2026 at 5:30 PM Sam Ortiz <sam@brightlane.agency> wrote:
> Hi Kim, confirming we'll deliver the banners on Dec 9 within the $4,500 budget.
>
> On Tue, Dec 1, 2026 at 9:00 AM Kim Lee <kim@client.example> wrote:
>> Can you make the logo bigger? We need the banners by Dec 9.
"""}, {}),
    ({"body": """One more thing: please add the store hours to the back.

Kim

On Tue, Dec 1, 2026 at 5:30 PM Sam Ortiz <sam@brightlane.agency> wrote:
> Here's the revised flyer. Print date is still Dec 10.
"""}, {"cr": 1}),
]
