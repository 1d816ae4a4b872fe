# Written before scoring (session 10): rules set by landlords, franchisors, platforms and
# regulators, and changes they ask through the client, beside their news.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Our landlord won't allow banners on the facade.", {"req": 1}),
    ("The franchise agreement says the logo can't be altered in any way.", {"req": 1}),
    ("Our legal team asked us to remove the claim about 'fastest delivery'.", {"cr": 1}),
    ("The regulator now requires the risk warning in the first frame.", {"req": 1}),
    ("Our landlord is renovating the lobby in January.", {}),
    ("The franchise just opened its 100th store.", {}),
    ("Head office has asked for the old logo to be replaced on every page.", {"cr": 1}),
    ("The council approved our planning application last week.", {}),
    ("The mall's rules say no posters in the walkways.", {"req": 1}),
    ("The platform takes a 15% commission on every sale.", {}),
]
