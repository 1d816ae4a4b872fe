# Written before scoring (session 9): rules of the work in a brief said without "must": as
# facts of the brand, of the channel, of the law or the retailer; beside facts that bind
# nothing. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("All our packaging is 100% plastic-free, so the mailer should be too.", {"req": 1}),
    ("Instagram only, no TikTok.", {"req": 1}),
    ("The ad runs in a black-and-white newspaper, so no colour.", {"req": 1}),
    ("Our logo is always on a white background.", {"req": 1}),
    ("We're a B Corp and proud of it.", {}),
    ("The store is in a listed building so signage is limited to the windows.", {"req": 1}),
    ("Copy in British English please.", {"req": 1}),
    ("The retailer's portal only accepts JPGs under 2 MB.", {"req": 1}),
    ("Our CEO loves the colour orange.", {}),
    ("Alcohol ads can't show anyone who looks under 25.", {"req": 1}),
    ("Everything goes through our compliance team before it's published.", {"req": 1}),
    ("We usually get good results from email.", {}),
    ("Our office is in Leeds but the campaign is national.", {}),
    ("Subtitles on every video, people watch with the sound off.", {"req": 1}),
    ("Our brand font is Gotham.", {"req": 1}),
    ("Our old agency used a lot of stock imagery.", {}),
]
