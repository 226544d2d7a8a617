"""Redaction (etl/context/redact.py): which identifiers are private, how they are masked, and ids that do not
depend on the hidden digits. One row per case."""

from __future__ import annotations

import pytest

from etl.context.reader import make_document
from etl.context.redact import content_sha256, identifier_kinds, is_private, mask, redact
from etl.figures import Identifier
from etl.figures.model import Identifier as ModelIdentifier

ID_A, ID_B = "110101199003074514", "110101196003072814"  # valid check characters; same first 4 and last 2


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(ID_A, "1101＊＊＊＊＊＊＊＊＊＊＊＊14", id="ID number: first 4 and last 2 shown"),
    pytest.param("13800138000", "1380＊＊＊＊＊00", id="mobile"),
    pytest.param("010-12345678-8001", "010-1＊＊＊＊＊＊＊-＊＊01", id="landline with extension: separators kept"),
    pytest.param("1101 0119 9003 0745 14", "1101 ＊＊＊＊ ＊＊＊＊ ＊＊＊＊ 14", id="spaces kept"),
    pytest.param("110101199003\n074514", "1101＊＊＊＊＊＊＊＊\n＊＊＊＊14", id="line break kept"),
    pytest.param("１１０１０１１９９００３０７４５１４", "１１０１＊＊＊＊＊＊＊＊＊＊＊＊１４", id="full-width digits"),
    pytest.param("1426152", "1＊＊＊＊＊2", id="short: first and last"),
    pytest.param("12", "＊＊", id="tiny: all hidden"),
])
def test_mask(text, expected):
    assert mask(text) == expected and len(mask(text)) == len(text)


@pytest.mark.parametrize(("kind", "text", "private"), [
    ("id_card", ID_A, True),
    ("disability_card", ID_A + "24", True),
    ("phone", "13800138000", True),
    ("badge", "1426152", True),
    ("vehicle_plate", "A12345", True),
    ("other", "ABC12345", True),
    ("credit_code", "92140700MA0HEU9E22", True),  # 个体工商户: names a person
    ("credit_code", "91510100MA6CGUGA1W", False),  # a company
    ("credit_code", "９２１４０７００ＭＡ０ＨＥＵ９Ｅ２２", True),  # full-width: still an individual business
    ("credit_code", "92140700-MA0HEU-9E22", True),  # in groups
    ("postal_code", "610041", False),
    ("hotline", "12345", False),
    ("a_kind_nobody_declared", "777", True),  # unknown kinds are private
])
def test_is_private(kind, text, private):
    assert is_private(Identifier(kind, text, 0, len(text))) is private


def test_every_engine_identifier_kind_is_declared():
    """The kinds the identifier rules can produce all have a row in identifier_kinds.csv."""
    import etl.figures.identifiers as rules

    produced = {rule[0] for rule in rules._RULES} | {"other"}
    assert produced <= set(identifier_kinds())
    assert ModelIdentifier is Identifier


@pytest.mark.parametrize(("text", "known", "expected"), [
    pytest.param(f"身份证号码{ID_A}", (), "身份证号码1101＊＊＊＊＊＊＊＊＊＊＊＊14", id="found in the text itself"),
    pytest.param(f"名单-{ID_A}.txt", (), "名单-1101＊＊＊＊＊＊＊＊＊＊＊＊14.txt", id="a file name"),
    pytest.param(f"https://example.com/u?id={ID_A}", (), "https://example.com/u?id=1101＊＊＊＊＊＊＊＊＊＊＊＊14",
                 id="a URL"),
    pytest.param(f"档案{ID_A}A1", (ID_A,), "档案1101＊＊＊＊＊＊＊＊＊＊＊＊14A1", id="a known identifier glued to letters"),
    pytest.param("热线12345受理诉求", (), "热线12345受理诉求", id="a public hotline stays"),
    pytest.param(None, (), None, id="nothing"),
])
def test_redact(text, known, expected):
    assert redact(text, known) == expected


def test_ids_do_not_depend_on_hidden_digits():
    """Two documents that differ only in the hidden digits of a private number get the same doc_id and hash:
    neither can confirm a guess of the digits."""
    a = make_document(f"联系人身份证号码{ID_A}，领取补贴3000元。", f"名单{ID_A}", "a.txt")
    b = make_document(f"联系人身份证号码{ID_B}，领取补贴3000元。", f"名单{ID_B}", "a.txt")
    assert a.sha256 == b.sha256 == content_sha256(a.text) and a.doc_id == b.doc_id
    assert ID_A not in a.doc_id and a.text != b.text


def test_a_label_is_read_where_no_private_digit_shows():
    """A figure's label may come from the text after it (增长5.2%139 1234 5678): it is read from the text with the
    private identifiers masked, so no digit of them reaches the label."""
    from etl.context.pipeline import analyse
    from etl.context.reader import make_document

    facts = analyse(make_document("全年增长5.2%139 1234 5678。", "t", "t", {})).facts
    assert facts and not any(ch.isdigit() for ch in facts[0].metric)


def test_a_landline_local_number_shows_its_first_and_last_digit_only():
    """Eight digits with four shown would leave a hundred guesses; a number shorter than a mobile's shows two."""
    from etl.context.redact import mask

    assert mask("82345678") == "8＊＊＊＊＊＊8"
    assert mask("13912345678") == "1391＊＊＊＊＊78"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("聯絡電話0912-345-678。", "聯絡電話0＊＊＊-＊＊＊-＊＊8。", id="a Taiwan mobile, grouped"),
    pytest.param("手機0912345678", "手機0＊＊＊＊＊＊＊＊8", id="a Taiwan mobile in one piece"),
    pytest.param("請撥+886 912 345 678", "請撥+886 9＊＊ ＊＊＊ ＊78", id="a Taiwan mobile after its country code"),
    pytest.param("身分證字號A123456789。", "身分證字號A＊＊＊＊＊＊＊＊9。", id="a Taiwan ID number, its check digit right"),
    pytest.param("香港身份證號碼C668668(9)", "香港身份證號碼C＊＊＊＊＊＊(9)", id="a Hong Kong ID number, its check digit right"),
    pytest.param("型號A123456788", "型號A123456788", id="a code of the same shape with a wrong check digit"),
])
def test_identifiers_of_taiwan_and_hong_kong_are_masked(text, expected):
    assert redact(text) == expected
