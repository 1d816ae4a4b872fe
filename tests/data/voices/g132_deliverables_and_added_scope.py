# Written before scoring (session 10): deliverables listed (a brief's scope, no change) beside
# scope added to agreed work (a change). Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We need 3 banners, 2 posters and a flyer.", {}),
    ("Six social posts a week for January.", {}),
    ("The deliverables are a 30s spot and two 15s cut-downs.", {}),
    ("Please also add two more Instagram stories.", {"cr": 1}),
    ("We need an extra banner size: 160x600.", {"cr": 1}),
    ("Could you do a Spanish version of the flyer as well?", {"cr": 1}),
    ("The scope is the website and the launch emails.", {}),
    ("On top of the posters, we'd like a pull-up banner.", {"cr": 1}),
]
