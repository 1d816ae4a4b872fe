# Written before scoring (session 8): short replies in a thread, each one or two lines: yes/no
# to the agency's question, a date agreed, a choice, a tweak, a hold, thanks. Dressed as a
# reply from kim@client.example over the agency's quoted question, sent Wed 2 Dec 2026 (New
# York).
_Q = """> On Tue, Dec 1, 2026 at 4:10 PM Sam Ortiz <sam@brightlane.agency> wrote:
> Hi Kim, two options for the launch: Jan 12 or Jan 19. Which works? Also, are you happy
> with the blue or should we try green? The budget stays at $40,000.
"""

GRID = [
    ({"body": f"Jan 19 please.\n\n{_Q}"}, {"due": ["2027-01-19"]}),
    ({"body": f"19th works. Try green.\n\n{_Q}"}, {"due": ["2027-01-19"], "cr": 1}),
    ({"body": f"Blue is fine, and let's go with the 12th.\n\n{_Q}"}, {"due": ["2027-01-12"]}),
    ({"body": f"Hold off on both for now, our CEO wants to review first.\n\n{_Q}"}, {"cr": 1}),
    ({"body": f"Thanks Sam, will come back to you tomorrow.\n\n{_Q}"}, {}),
    ({"body": f"Neither date works, can we do Jan 26?\n\n{_Q}"}, {"due": ["2027-01-26"], "cr": 1}),
    ({"body": f"Green! And bump the budget to $45k.\n\n{_Q}"}, {"cr": 1, "budget": ["USD 45000"]}),
    ({"body": f"Either is fine.\n\n{_Q}"}, {}),
]
