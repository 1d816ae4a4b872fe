# Written before scoring (session 10): prices the piece shows, changed or kept (a change, no
# budget), beside money to spend. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Please change the price on the poster to $24.99.", {"cr": 1}),
    ("The offer price should read £19, not £25.", {"cr": 1}),
    ("Can you add 'from $99' under the headline?", {"cr": 1}),
    ("Keep the price at €49 on all the ads.", {"req": 1}),
    ("We've got $3,000 to spend on boosting the posts.", {"budget": ["USD 3000"]}),
    ("The bundle is now $149 instead of $179, please update the banner.", {"cr": 1}),
    ("Show the monthly price ($12/month) rather than the annual one.", {"cr": 1}),
    ("Our media budget for December is $8,000.", {"budget": ["USD 8000"]}),
]
