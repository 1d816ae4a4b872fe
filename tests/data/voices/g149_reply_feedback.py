# Written before scoring (session 27): feedback typed above the AE's quoted mail (a reply,
# where the second opinion also reads what no rule does), in the words clients use when they
# do not ask: what is off, what they expected, what someone else said; beside replies that
# approve, thank, ask after progress, move a call or tell news. Dressed as a reply from
# kim@client.example, sent Wed 2 Dec 2026 (New York).
_QUOTE = ("\n\nKim\n\n> On Dec 1, 2026, at 4:12 PM, Sam Ortiz <sam@brightlane.agency> wrote:\n>\n"
          "> Hi Kim, the new spring banners are attached for review.\n")
GRID = [
    # feedback
    ({"body": "The girl in the second banner looks about twelve, we sell wine." + _QUOTE},
     {"cr": 1}),
    ({"body": "Hmm, the sky looks photoshopped on the big one." + _QUOTE}, {"cr": 1}),
    ({"body": "We expected the new logo on these, not the old wordmark." + _QUOTE}, {"cr": 1}),
    ({"body": "My boss thinks the headline sounds like a bank, not a bakery." + _QUOTE},
     {"cr": 1}),
    ({"body": "That's not our store in the photo, ours has a green awning." + _QUOTE},
     {"cr": 1}),
    ({"body": "The offer ended last week, so the 20% off can't be on there." + _QUOTE},
     {"cr": 1}),
    ({"body": "Nobody will read the small print at that size." + _QUOTE}, {"cr": 1}),
    ({"body": "The colours are nothing like our brand, way too neon." + _QUOTE}, {"cr": 1}),
    ({"body": "Feels a bit corporate for us honestly." + _QUOTE}, {"cr": 1}),
    ({"body": "The button text is cut off on my phone." + _QUOTE}, {"cr": 1}),
    # no change asked
    ({"body": "These look great, approved!" + _QUOTE}, {}),
    ({"body": "Thanks Sam, I'll share them with the team and come back to you." + _QUOTE}, {}),
    ({"body": "How are the video edits coming along?" + _QUOTE}, {}),
    ({"body": "Can we move our call to Thursday? Something came up." + _QUOTE}, {}),
    ({"body": "Good news, our second store opens in March!" + _QUOTE}, {}),
    ({"body": "My boss loves the headline, she says it's the best yet." + _QUOTE}, {}),
    ({"body": "Got them, the team is reviewing today." + _QUOTE}, {}),
    ({"body": "The old agency never got our colours right, so this is a relief." + _QUOTE}, {}),
]
