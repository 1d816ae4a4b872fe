# Written before scoring (session 9): HTML tables laid out in other ways: key/value rows, a
# "Cost" column, TBC cells, dates in the header row. Dressed as a mail from
# kim@client.example, sent Wed 2 Dec 2026 (New York).
GRID = [
    # 0: key/value rows
    ({"html": True, "body": """<html><body><p>Hi Sam, the details:</p>
<table border="1"><tr><td>Deadline</td><td>Jan 8</td></tr>
<tr><td>Budget</td><td>$5,000</td></tr><tr><td>Format</td><td>A4, CMYK</td></tr></table>
<p>Kim</p></body></html>"""}, {"due": ["2027-01-08"], "budget": ["USD 5000"], "req": 1}),
    # 1: a cost column and a TBC cell
    ({"html": True, "body": """<html><body><table border="1">
<tr><th>Item</th><th>Cost</th><th>Due</th></tr>
<tr><td>Video</td><td>$12,000</td><td>Jan 15</td></tr>
<tr><td>Photos</td><td>$3,500</td><td>TBC</td></tr></table></body></html>"""},
     {"budget": ["USD 12000", "USD 3500"], "due": ["2027-01-15"]}),
    # 2: a schedule of meetings in a table: no deadlines
    ({"html": True, "body": """<html><body><p>Our availability for the kickoff:</p>
<table border="1"><tr><th>Day</th><th>Time</th></tr>
<tr><td>Dec 8</td><td>10am</td></tr><tr><td>Dec 9</td><td>2pm</td></tr></table>
</body></html>"""}, {}),
]
