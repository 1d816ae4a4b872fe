"""Client replies to proofs, labelled before any rule read them (2026-12-04).

Each case: an id, the client's own new words, the quoted text under them (what the
reader must ignore), the decision a careful AE would record, and a category:
``plain`` approvals, ``changes`` (approved with changes, or changes requested),
``negated``, ``conditional``, ``quoted`` (the only approval words are in the
quote), ``rejected``, ``none`` (out-of-office, thanks, scheduling, questions) and
``foreign`` (German, French, Spanish). Ids divisible by 3 form the blind split: no
rule is tuned on them.

Decisions: ``approved``, ``approved_with_changes``, ``changes_requested``,
``rejected``, ``none``.
"""

from __future__ import annotations

QUOTE = ("On Tue, Mar 2, 2027 at 10:14 AM Dana Reyes <dana@agency.example> wrote:\n"
         "> Hi Maria, attached is round 1 of the Spring Catch poster. Please reply\n"
         "> \"approved\" if it can go to print, or tell us what to change.\n")

CASES: list[tuple[str, str, str, str, str]] = [
    # -- plain approvals -----------------------------------------------------------------
    ("a001", "Approved!", QUOTE, "approved", "plain"),
    ("a002", "Looks great, approved. Please send it to the printer.", QUOTE, "approved", "plain"),
    ("a003", "This is approved from our side.\n\nMaria", QUOTE, "approved", "plain"),
    ("a004", "All good, go ahead and print.", QUOTE, "approved", "plain"),
    ("a005", "Perfect - you have our approval.", QUOTE, "approved", "plain"),
    ("a006", "Approved. Thanks team!\n\nSent from my iPhone", QUOTE, "approved", "plain"),
    ("a007", "We're happy with it. Please proceed.", QUOTE, "approved", "plain"),
    ("a008", "Signed off. Nice work everyone.", QUOTE, "approved", "plain"),
    ("a009", "ok to print", QUOTE, "approved", "plain"),
    ("a010", "Hi Dana, legal and marketing both reviewed the layout this morning and we "
             "are good to go. You can release the files to the printer.", QUOTE, "approved",
     "plain"),
    ("a011", "Love it! Approved as is.", QUOTE, "approved", "plain"),
    ("a012", "Final sign-off from me: approved.", QUOTE, "approved", "plain"),
    ("a013", "Looks good to me, please go ahead.", QUOTE, "approved", "plain"),
    ("a014", "This version is approved for production.", QUOTE, "approved", "plain"),
    ("a015", "Yes - approved. Print it.", QUOTE, "approved", "plain"),
    ("a016", "Hi all, I've reviewed round 2 and I approve it. Best, Tom", QUOTE, "approved",
     "plain"),
    ("a017", "Great job, this is good to go.", QUOTE, "approved", "plain"),
    ("a018", "👍 approved", QUOTE, "approved", "plain"),
    # -- approved with changes -----------------------------------------------------------
    ("a019", "Approved with one change: please make the logo bigger.", QUOTE,
     "approved_with_changes", "changes"),
    ("a020", "Approved, pending a small fix - the price should be $4.99, not $5.99.", QUOTE,
     "approved_with_changes", "changes"),
    ("a021", "Looks great. Just swap the hero photo for the harbour shot and it's approved.",
     QUOTE, "approved_with_changes", "changes"),
    ("a022", "Good to go once you fix the typo in the headline (\"seafod\").", QUOTE,
     "approved_with_changes", "changes"),
    ("a023", "Approved, but please change the CTA to \"Taste the catch\".", QUOTE,
     "approved_with_changes", "changes"),
    ("a024", "OK to print after you move the legal line to the bottom.", QUOTE,
     "approved_with_changes", "changes"),
    ("a025", "We approve the layout. One tweak: the date should read March 12.", QUOTE,
     "approved_with_changes", "changes"),
    ("a026", "Approved with changes:\n- bigger logo\n- remove the second QR code", QUOTE,
     "approved_with_changes", "changes"),
    ("a027", "Happy with it overall, approved as long as the disclaimer is added.", QUOTE,
     "approved_with_changes", "changes"),
    # -- changes requested ---------------------------------------------------------------
    ("a028", "Can you make the headline bigger?", QUOTE, "changes_requested", "changes"),
    ("a029", "Please change the background to the darker blue and send a new proof.", QUOTE,
     "changes_requested", "changes"),
    ("a030", "A few changes before we can approve: the logo is too small and the phone "
             "number is wrong.", QUOTE, "changes_requested", "changes"),
    ("a031", "Could we try a warmer palette? The current one feels cold.", QUOTE,
     "changes_requested", "changes"),
    ("a032", "The photo on the left needs to go. Please replace it with the product shot.",
     QUOTE, "changes_requested", "changes"),
    ("a033", "Not quite there yet - the copy is too long. Can you cut it to two lines?",
     QUOTE, "changes_requested", "changes"),
    ("a034", "Please fix the spelling of our CEO's name (it's Catherine with a C).", QUOTE,
     "changes_requested", "changes"),
    ("a035", "We'd like to see a version with the price in red.", QUOTE,
     "changes_requested", "changes"),
    ("a036", "Round 2 please: swap the order of the two columns.", QUOTE,
     "changes_requested", "changes"),
    ("a037", "Needs changes - see the marked-up PDF attached.", QUOTE, "changes_requested",
     "changes"),
    # -- negated -------------------------------------------------------------------------
    ("a038", "Not approved yet.", QUOTE, "none", "negated"),
    ("a039", "I can't approve this version.", QUOTE, "rejected", "negated"),
    ("a040", "This is not approved - please hold.", QUOTE, "none", "negated"),
    ("a041", "Don't send to print yet.", QUOTE, "none", "negated"),
    ("a042", "We have not signed off on this.", QUOTE, "none", "negated"),
    ("a043", "No, not good to go.", QUOTE, "rejected", "negated"),
    ("a044", "Please do not proceed until you hear from me.", QUOTE, "none", "negated"),
    ("a045", "It's not ok to print - the colours are off.", QUOTE, "changes_requested",
     "negated"),
    ("a046", "I wouldn't call this final. Hold off for now.", QUOTE, "none", "negated"),
    ("a047", "Nobody here has approved it, so please wait.", QUOTE, "none", "negated"),
    # -- conditional ---------------------------------------------------------------------
    ("a048", "I can't approve until legal signs off.", QUOTE, "none", "conditional"),
    ("a049", "Let me run it by our VP and get back to you.", QUOTE, "none", "conditional"),
    ("a050", "If legal is fine with it, it's approved - I'll confirm tomorrow.", QUOTE, "none",
     "conditional"),
    ("a051", "Will look at it on Monday.", QUOTE, "none", "conditional"),
    ("a052", "I'll approve it once I see the final colours on paper.", QUOTE, "none",
     "conditional"),
    ("a053", "Should be fine but I need to check with Tom before I approve.", QUOTE, "none",
     "conditional"),
    ("a054", "Probably good to go, waiting on the brand team.", QUOTE, "none", "conditional"),
    ("a055", "Approval will come after our board meeting on Thursday.", QUOTE, "none",
     "conditional"),
    ("a056", "Give me until Friday to review.", QUOTE, "none", "conditional"),
    ("a057", "Can I approve this from my phone or do I need to log in somewhere?", QUOTE,
     "none", "conditional"),
    ("a058", "Once the disclaimer is checked by compliance we can sign off.", QUOTE, "none",
     "conditional"),
    # -- quoted only ---------------------------------------------------------------------
    ("a059", "Thanks Dana, got it.", QUOTE, "none", "quoted"),
    ("a060", "Received, will review.", QUOTE, "none", "quoted"),
    ("a061", "Forwarding to Tom.", QUOTE, "none", "quoted"),
    ("a062", "Which version is this?", QUOTE, "none", "quoted"),
    ("a063", "", "> Approved!\n> Maria\n" + QUOTE, "none", "quoted"),
    ("a064", "See below.", "> On Mon, Tom wrote:\n> looks good, approved\n" + QUOTE, "none",
     "quoted"),
    ("a065", "Thanks!", QUOTE, "none", "quoted"),
    ("a066", "Got it, thank you.", QUOTE, "none", "quoted"),
    # -- rejected ------------------------------------------------------------------------
    ("a067", "Rejected. This isn't the direction we agreed on.", QUOTE, "rejected",
     "rejected"),
    ("a068", "Sorry, we can't go with this. Please start over with the brief.", QUOTE,
     "rejected", "rejected"),
    ("a069", "This doesn't work for us at all.", QUOTE, "rejected", "rejected"),
    ("a070", "We're killing this concept. Let's discuss the alternatives.", QUOTE, "rejected",
     "rejected"),
    ("a071", "No. Back to the drawing board.", QUOTE, "rejected", "rejected"),
    # -- no decision ---------------------------------------------------------------------
    ("a072", "I am out of the office until March 15 with limited access to email.", QUOTE,
     "none", "none"),
    ("a073", "Can we meet Thursday at 2 to go through it?", QUOTE, "none", "none"),
    ("a074", "What's the deadline for feedback?", QUOTE, "none", "none"),
    ("a075", "Thanks, will share with the team.", QUOTE, "none", "none"),
    ("a076", "Is the printer still booked for the 20th?", QUOTE, "none", "none"),
    ("a077", "How much would a second round cost?", QUOTE, "none", "none"),
    ("a078", "Quick question: is this the CMYK or RGB version?", QUOTE, "none", "none"),
    ("a079", "The approval process on our side has changed: Tom now signs off on all print.",
     QUOTE, "none", "none"),
    ("a080", "We approved the budget last week, the proof I still need to look at.", QUOTE,
     "none", "none"),
    # -- other languages -----------------------------------------------------------------
    ("a081", "Freigabe erteilt. Danke!", QUOTE, "approved", "foreign"),
    ("a082", "Passt so, bitte in Druck geben.", QUOTE, "approved", "foreign"),
    ("a083", "Noch nicht freigegeben - die Rechtsabteilung muss es noch sehen.", QUOTE, "none",
     "foreign"),
    ("a084", "Bitte das Logo größer machen, dann ist es freigegeben.", QUOTE,
     "approved_with_changes", "foreign"),
    ("a085", "Bon pour accord.", QUOTE, "approved", "foreign"),
    ("a086", "C'est validé de notre côté, merci !", QUOTE, "approved", "foreign"),
    ("a087", "Pas encore validé, j'attends le retour du juridique.", QUOTE, "none", "foreign"),
    ("a088", "Pouvez-vous agrandir le logo ? Sinon c'est bon.", QUOTE,
     "approved_with_changes", "foreign"),
    ("a089", "Aprobado. ¡Gracias!", QUOTE, "approved", "foreign"),
    ("a090", "Está aprobado, pueden mandarlo a imprenta.", QUOTE, "approved", "foreign"),
    ("a091", "Todavía no está aprobado, falta la revisión legal.", QUOTE, "none", "foreign"),
    ("a092", "Por favor cambien el color del fondo y envíen otra prueba.", QUOTE,
     "changes_requested", "foreign"),
    # -- more voices ---------------------------------------------------------------------
    ("a093", "yep all good", QUOTE, "approved", "plain"),
    ("a094", "approved w/ 1 change - logo bigger pls", QUOTE, "approved_with_changes",
     "changes"),
    ("a095", "not yet, sorry - still waiting on legal", QUOTE, "none", "conditional"),
    ("a096", "Dana, the layout is approved. The copy is not: please rewrite the second "
             "paragraph.", QUOTE, "approved_with_changes", "changes"),
    ("a097", "Hi Dana,\n\nThank you for the proof. Our team reviewed it and we have a "
             "couple of comments. The headline works well. However, the photo feels too "
             "dark and the product name should be in our brand font. Could you send a "
             "revised version by Wednesday?\n\nBest regards,\nMaria", QUOTE,
     "changes_requested", "changes"),
    ("a098", "I don't think we need any changes. Approved.", QUOTE, "approved", "negated"),
    ("a099", "No changes needed - go ahead.", QUOTE, "approved", "negated"),
]
