# Written before any fix (session 7): what corporate mail systems add to a client's words.
BANNER = "CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe."
TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting>
Meeting ID: 245 881 234 567
Passcode: x7Ya3b
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Or call in (audio only)
+1 646-838-1601,,123456789#   United States, New York City
Phone Conference ID: 123 456 789#
Find a local number<https://dialin.teams.microsoft.com/> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""
GRID = [
    ({"body": f"{BANNER}\n\nHi Sam,\n\nPlease swap the hero photo for the blue one.\n\nKim\n"}, {"cr": 1}),
    ({"body": f"[External] {BANNER}\n\nHi Sam, budget confirmed at $25,000.\n\nKim\n"}, {"budget": ["USD 25000"]}),
    ({"body": f"Hi Sam, let's review the storyboards together on Thursday.\n\n{TEAMS}\n"}, {}),
    ({"body": "Hi Sam,\n\n[cid:image001.png@01DB3C2A.5F6E7A10]\n\nPlease make the logo bigger.\n\nKim Lee | Marketing Director\n[cid:image002.png@01DB3C2A.5F6E7A10]\nT: +1 555 0100 | M: +1 555 0101\n"}, {"cr": 1}),
    ({"body": "Please move the launch to Jan 19.\n\nSent from Mail<https://go.microsoft.com/fwlink/?LinkId=550986> for Windows\n"}, {"cr": 1, "due": ["2027-01-19"]}),
    ({"body": "Hi Sam, the files must be delivered as print-ready PDFs.\n\nKim Lee\nAcme Corp | 100 Main St, Suite 400 | Springfield, IL 62701\nwww.acme.example\nFollow us on Instagram and Facebook!\nPlease do not print this email unless necessary.\n"}, {"req": 1}),
    ({"body": "Hi Sam, no changes from us, approved.\n\nKim\n\nThis email has been scanned for viruses and malware by Mimecast Ltd. Click here to report this email as spam.\n"}, {}),
    ({"body": "Hi Sam, please add our new address to the footer.\n\nKim Lee\nHead of Brand\nOffice hours: Mon-Thu 9am-5pm, closed Fridays\nI'm out of office Dec 23 - Jan 2.\n"}, {"cr": 1}),
]
