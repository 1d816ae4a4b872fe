# Written before scoring (session 10): modals about the client's business, product or
# customers (laws on opening hours, storage, age limits), which set no rule for the agency's
# work, beside rules that do. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Our customers are mostly over 60.", {}),
    ("The product must be refrigerated after opening.", {}),
    ("Our stores have to close at 9pm on Sundays by law.", {}),
    ("Kids must be accompanied by an adult at the event.", {}),
    ("Ads for the product must show the 18+ symbol.", {"req": 1}),
    ("Guests need to book a table in advance.", {}),
    ("The wine can only be sold to over-21s.", {}),
    ("Any ad for the wine must carry the responsible drinking message.", {"req": 1}),
    ("Staff have to wear the new uniforms from January.", {}),
    ("Photos of staff in the old uniform can't be used anymore.", {"req": 1}),
    ("Patients must fast for 12 hours before the test.", {}),
    ("The clinic's name must always appear in full.", {"req": 1}),
]
