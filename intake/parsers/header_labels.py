"""The labels mail clients write before a forwarded or quoted mail's header fields, in the
languages intake reads ("Von:", "Gesendet:", "Wysłano:"), and the field each one names.

Shared by the forward parser, which reads such header blocks, and the date cues: a day and
hour under a date label ("Gesendet: Montag, 14. Dezember 2026 09:00") is when a mail was
sent, not a deadline's hour.
"""

from __future__ import annotations

HEADER_FIELDS: dict[str, str] = {
    "from": "from", "de": "from", "von": "from", "da": "from",
    "sent": "date", "date": "date", "envoyé": "date", "date d'envoi": "date",
    "gesendet": "date", "datum": "date", "enviado": "date", "enviado el": "date",
    "fecha": "date", "inviato": "date",
    "to": "to", "à": "to", "a": "to", "an": "to", "para": "to",
    "cc": "cc", "kopie": "cc",
    "subject": "subject", "objet": "subject", "betreff": "subject", "asunto": "subject",
    "oggetto": "subject",
    # Dutch, Swedish, Danish and Norwegian, Finnish, Polish, Czech, Turkish, Portuguese
    "van": "from", "verzonden": "date", "aan": "to", "onderwerp": "subject",
    "från": "from", "skickat": "date", "till": "to", "ämne": "subject", "kopia": "cc",
    "fra": "from", "sendt": "date", "til": "to", "emne": "subject",
    "lähettäjä": "from", "lähetetty": "date", "vastaanottaja": "to", "aihe": "subject",
    "od": "from", "wysłano": "date", "do": "to", "dw": "cc", "temat": "subject",
    "odesláno": "date", "komu": "to", "předmět": "subject",
    "kimden": "from", "gönderildi": "date", "kime": "to", "konu": "subject",
    "enviada em": "date", "enviado em": "date", "assunto": "subject", "data": "date",
}  # fmt: skip

#: The last word of each date label: the word the date cues find before its colon
#: ("Enviado el: ..." -> "el").
DATE_LABEL_WORDS = frozenset(
    label.split()[-1] for label, field in HEADER_FIELDS.items() if field == "date")
