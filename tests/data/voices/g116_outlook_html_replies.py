# Written before scoring (session 10): Outlook HTML replies: the client's words above an
# Outlook From/Sent block holding the AE's earlier mail (its facts are history). Dressed as a
# mail from kim@client.example, sent Wed 2 Dec 2026 (New York).
_BLOCK = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>"
          "<p class=MsoNormal><b>From:</b> Sam Ortiz &lt;sam@brightlane.agency&gt;<br>"
          "<b>Sent:</b> Tuesday, December 1, 2026 4:10 PM<br><b>To:</b> Kim Lee "
          "&lt;kim@client.example&gt;<br><b>Subject:</b> Spring campaign</p></div>")
GRID = [
    ({"html": True, "body": "<div class=WordSection1><p class=MsoNormal>Hi Sam, can we swap "
      "the photo on the second banner for the one with the bikes? Thanks, Kim</p>" + _BLOCK
      + "<p class=MsoNormal>Hi Kim, banners attached. They go live on December 14 and the "
      "budget is $6,000 as agreed.</p></div>"}, {"cr": 1}),
    ({"html": True, "body": "<div class=WordSection1><p class=MsoNormal>Approved, thanks!</p>"
      + _BLOCK + "<p class=MsoNormal>Hi Kim, here is the final flyer. All prices must include "
      "tax, as you asked. Print date is Dec 9.</p></div>"}, {}),
    ({"html": True, "body": "<div class=WordSection1><p class=MsoNormal>Sam, the launch is now "
      "January 20, so we need the emails by January 13.</p><p class=MsoNormal>Kim</p>"
      + _BLOCK + "<p class=MsoNormal>Kim, the emails are on track for the January 12 launch."
      "</p></div>"}, {"cr": 1, "due": ["2027-01-13", "2027-01-20"]}),
]
