"""Charset repair of single parts' bytes."""

from __future__ import annotations

import pytest

from intake.parsers.charsets import canonical_charset, decode_bytes


def test_declared_charset_that_fits_needs_no_repair() -> None:
    decoded = decode_bytes("Grüße".encode(), "UTF-8")
    assert (decoded.text, decoded.charset, decoded.defects) == ("Grüße", "utf-8", ())


def test_utf8_labelled_latin1() -> None:
    decoded = decode_bytes("café".encode(), "ISO-8859-1")
    assert decoded.text == "café"
    assert decoded.defects == ("charset utf-8 used for a part labelled iso-8859-1",)


def test_windows_1252_posing_as_latin1() -> None:
    decoded = decode_bytes("“quoted” €5 – ok".encode("cp1252"), "iso-8859-1")
    assert decoded.text == "“quoted” €5 – ok"
    assert decoded.defects == ("charset windows-1252 used for a part labelled iso-8859-1",)


def test_real_latin1_stays_latin1() -> None:
    decoded = decode_bytes("café à la crème".encode("latin-1"), "iso-8859-1")
    assert decoded.text == "café à la crème"
    assert decoded.defects == ()


def test_eight_bit_bytes_labelled_us_ascii() -> None:
    decoded = decode_bytes("naïve".encode("cp1252"), "us-ascii")
    assert decoded.text == "naïve"
    assert decoded.defects == ("charset windows-1252 used for a part labelled us-ascii",)


def test_missing_charset_ascii_is_not_a_repair() -> None:
    assert decode_bytes(b"plain text", None).defects == ()


def test_missing_charset_utf8() -> None:
    decoded = decode_bytes("Señor".encode(), None)
    assert decoded.text == "Señor"
    assert decoded.defects == ("no charset declared; decoded as utf-8",)


def test_missing_charset_iso_2022_jp_is_recognised_by_its_escapes() -> None:
    decoded = decode_bytes("打ち合わせ".encode("iso2022_jp"), None)
    assert decoded.text == "打ち合わせ"
    assert decoded.defects == ("no charset declared; decoded as iso-2022-jp",)


def test_iso_2022_jp_declared() -> None:
    decoded = decode_bytes("山田です".encode("iso2022_jp"), "ISO-2022-JP")
    assert decoded.text == "山田です" and decoded.defects == ()


def test_narrow_label_widened_to_its_superset() -> None:
    text = "镕"  # in GBK, not in GB2312
    decoded = decode_bytes(text.encode("gbk"), "gb2312")
    assert decoded.text == text
    assert decoded.defects == ("charset gb18030 used for a part labelled gb2312",)


@pytest.mark.parametrize("label", ["x-unknown", "base64", "utf-8\x00", '"bogus"', "rot13"])
def test_unusable_labels(label: str) -> None:
    decoded = decode_bytes("Déjà".encode(), label)
    assert decoded.text == "Déjà"
    if label == "utf-8\x00":
        assert decoded.defects == ()
    else:
        assert decoded.defects[0].startswith("unknown charset")


def test_nul_stripped_and_line_ends_normalised() -> None:
    decoded = decode_bytes(b"a\x00b\r\nc\rd", "utf-8")
    assert decoded.text == "ab\nc\nd"
    assert decoded.defects == ("NUL characters removed from the body",)


def test_a_doubled_carriage_return_is_one_line_end() -> None:
    """"\\r\\r\\n" (text mode written twice over) is no blank line after every line; two bare
    CRs (an old Mac's blank line) still are."""
    doubled = decode_bytes(b"Please move the launch from March 3\r\r\nto March 10.\r\r\n"
                           b"\r\r\nThanks", "utf-8")
    assert doubled.text == "Please move the launch from March 3\nto March 10.\n\nThanks"
    assert decode_bytes(b"one\r\rtwo", "utf-8").text == "one\n\ntwo"


def test_undecodable_bytes_are_replaced_not_raised() -> None:
    decoded = decode_bytes(b"\xff\xfe\xfa ok \x81", "utf-8")
    assert "ok" in decoded.text
    assert decoded.defects


def test_canonical_charset_refuses_bytes_codecs() -> None:
    assert canonical_charset("Windows-1252") == "cp1252"
    assert canonical_charset("base64") is None
    assert canonical_charset("iso-8859-8-i") == "iso8859-8"
