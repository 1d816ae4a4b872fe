# Written before scoring (session 10): a short ask above the footers mail apps and companies
# add (Outlook for Android, environment notes, virus scans, confidentiality in two languages,
# a newsletter's unsubscribe block). Dressed as a mail from kim@client.example, sent Wed 2 Dec
# 2026 (New York).
GRID = [
    ({"body": """Can you swap the photo on the back cover? Thanks

Get Outlook for Android
"""}, {"cr": 1}),
    ({"body": """Hi Sam, please use the new address on the letterhead.

Kim

Please consider the environment before printing this email. Think green - every page must count!
"""}, {"cr": 1}),
    ({"body": """Sam - files needed by Monday please.

Kim Lee | Client Co.

This email has been scanned for viruses and malware. It must not be relied upon for legal advice. Any attachments must be checked before opening.
"""}, {"due": ["2026-12-07"]}),
    ({"body": """Hi Sam, looks great, no changes from us.

Kim

CONFIDENTIALITY: This message is intended only for the addressee and must not be forwarded. / CONFIDENTIALITÉ : Ce message est destiné uniquement à son destinataire et ne doit pas être transféré.
"""}, {}),
    ({"body": """FYI, our newsletter went out today.

Kim

---------- Forwarded message ---------
From: Client Co. News <news@client.example>
Date: Wed, Dec 2, 2026 at 8:00 AM
Subject: Our holiday hours

Our stores are open until 9pm every day until December 23. Book your table by December 20!

You are receiving this email because you signed up. Unsubscribe | Update preferences
Client Co., 12 Main St, New York. All offers must be redeemed by December 31.
"""}, {}),
]
