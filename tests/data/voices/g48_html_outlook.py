# Written before scoring (session 9): HTML-only mail as Outlook and web mail send it: styled
# spans, lists, a bold deadline, an image table, a signature block in a table.
# Dressed as a mail from kim@client.example, sent Wed 2 Dec 2026 (New York).
GRID = [
    # 0: a list of changes in <ul>
    ({"html": True, "body": """<html><body><div style="font-family:Calibri">Hi Sam,</div>
<div>Comments on the banner set:</div><ul><li>Make the logo larger</li>
<li>Change the CTA colour to green</li><li>Remove the disclaimer from the 300x250</li></ul>
<div>Thanks!</div><div>Kim</div></body></html>"""}, {"cr": 3}),
    # 1: a bold deadline inside a sentence
    ({"html": True, "body": """<html><body><p>Hi Sam,</p><p>We need the final files
<b>no later than Friday, December 11</b> so the printer can start on Monday.</p>
<p>Kim</p></body></html>"""}, {"due": ["2026-12-11"]}),
    # 2: a signature in a table with an office address and hours
    ({"html": True, "body": """<html><body><p>Thanks, the new version is approved.</p>
<table><tr><td><b>Kim Lee</b><br>Marketing Manager<br>Client Co.<br>
120 Main St, Suite 400, Boston MA<br>Mon-Fri 9am-5pm</td>
<td><img src="cid:logo.png" alt="Client Co."></td></tr></table></body></html>"""}, {}),
    # 3: budget and objective in separate divs with non-breaking spaces
    ({"html": True, "body": """<html><body><div>Hi Sam,</div><div>&nbsp;</div>
<div>Budget&nbsp;for the holiday push is&nbsp;$25,000.</div>
<div>We want to grow online orders by 15% over December.</div><div>&nbsp;</div>
<div>Kim</div></body></html>"""}, {"budget": ["USD 25000"], "obj": 1}),
    # 4: an Outlook reply: the answer above an HTML quote with the AE's dates
    ({"html": True, "body": """<html><body><p>Works for us, thanks.</p>
<div style="border-top:solid #E1E1E1 1.0pt"><p><b>From:</b> Sam Ortiz
&lt;sam@brightlane.agency&gt;<br><b>Sent:</b> Tuesday, December 1, 2026 4:00 PM<br>
<b>To:</b> Kim Lee<br><b>Subject:</b> Timing</p></div>
<p>Hi Kim, proofs on Dec 9, final files on Dec 15, budget $30,000 as agreed.</p>
</body></html>"""}, {}),
]
