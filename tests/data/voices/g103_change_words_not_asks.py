# Written before scoring (session 10): change verbs about the client's own business, people,
# lists and threads, not the work: changed hours, moved offices, dropped prices, "remove me
# from the list", "add my colleague to the thread". Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We changed our opening hours last month.", {}),
    ("The printer moved to a new building.", {}),
    ("Our CEO is stepping down in March.", {}),
    ("We're swapping offices in January.", {}),
    ("We dropped the price in store yesterday.", {}),
    ("I've added you to the shared drive.", {}),
    ("Please remove me from the newsletter list.", {}),
    ("Can you add my colleague Dana to the thread?", {}),
    ("Please update me when the files are ready.", {}),
    ("We've replaced our old CRM with HubSpot.", {}),
    ("Can you cc Alex on the next round?", {}),
    ("We're removing the old stock from the shelves this week.", {}),
]
