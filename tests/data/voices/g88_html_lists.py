# Written before scoring (session 10): HTML-only mail: bullet lists of changes, bold labels,
# a table of items, Outlook's MsoNormal paragraphs, a go-ahead. Dressed as a mail from
# kim@client.example, sent Wed 2 Dec 2026 (New York).
GRID = [
    ({"html": True, "body": "<p>Hi Sam,</p><p>Quick list of changes for the brochure:</p>"
      "<ul><li>Swap the cover photo for the winter one</li><li>Make the headline shorter</li>"
      "<li>Remove the old address from the back</li></ul>"
      "<p>We need the files by <b>December 11</b>.</p><p>Thanks,<br>Kim</p>"},
     {"cr": 3, "due": ["2026-12-11"]}),
    ({"html": True, "body": "<div>Hi Sam, the brief for the webinar push:</div>"
      "<div><b>Budget:</b> $12,500</div><div><b>Deadline:</b> 18 Dec</div>"
      "<div><b>Objective:</b> 200 sign-ups for the webinar</div><div>Kim</div>"},
     {"budget": ["USD 12500"], "due": ["2026-12-18"], "obj": 1}),
    ({"html": True, "body": "<p>Hi Sam, here is what we need:</p><table><tr><th>Item</th>"
      "<th>Due</th><th>Budget</th></tr><tr><td>Poster</td><td>Dec 9</td><td>$1,200</td></tr>"
      "<tr><td>Leaflet</td><td>Dec 15</td><td>$800</td></tr></table><p>Kim</p>"},
     {"due": ["2026-12-09", "2026-12-15"], "budget": ["USD 1200", "USD 800"]}),
    ({"html": True, "body": "<p class=MsoNormal><span style='font-family:Calibri'>Hi Sam, "
      "could we please change the CTA to &quot;Book now&quot;? Everything else is approved."
      "</span></p><p class=MsoNormal>Kind regards,</p><p class=MsoNormal>Kim Lee | Marketing "
      "Manager | T: +1 212 555 0134</p>"}, {"cr": 1}),
    ({"html": True, "body": "<p>Hi Sam,</p><p>All looks great, please go ahead and send to "
      "print.</p><p>Kim</p>"}, {}),
]
