# Written before scoring (session 10): HTML mail whose signature is a table of contact details,
# social links and a legal line, under a one-line ask. Dressed as a mail from
# kim@client.example, sent Wed 2 Dec 2026 (New York).
_SIG = ("<table><tr><td><b>Kim Lee</b><br>Marketing Manager</td><td>T: +1 212 555 0134<br>"
        "M: +1 917 555 0199<br><a href='https://client.example'>client.example</a></td></tr>"
        "<tr><td colspan=2>Facebook | Instagram | LinkedIn</td></tr><tr><td colspan=2>"
        "<small>Client Co. Inc. Registered in Delaware. All prices must be confirmed in "
        "writing.</small></td></tr></table>")
GRID = [
    ({"html": True, "body": "<p>Hi Sam, please add the new opening hours to the flyer.</p>"
      + _SIG}, {"cr": 1}),
    ({"html": True, "body": "<p>Hi Sam, we need the final files by Monday.</p><p>Thanks!</p>"
      + _SIG}, {"due": ["2026-12-07"]}),
    ({"html": True, "body": "<p>Thanks Sam, all good.</p>" + _SIG}, {}),
]
