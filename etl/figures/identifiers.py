"""Identifiers: codes and numbers that name something. Never figures; masked when shown to people.

An identifier is found in every form people write it in: ASCII or full-width characters (１１０１…), with a
suffix or an extension (…-01, 010-12345678-8001, 转8001), with spaces or a line break between its digit groups
(1101 0119 9003 0745 14, 110101199003⏎074514, 139 1234 5678), with zero-width characters inside, and next to
letters or underscores (ID110101199003074514, 张三_110101199003074514.txt). Its span covers the whole written
form, so that masking the span hides all of it: ``text[char_start:char_end] == identifier.text``.

Checksums decide where the form alone is not evidence. An 18-character ID number (GB 11643) or credit code
(GB 32100) with a wrong check character is still an identifier when written in one piece (kind ``other``), but
digit groups separated by spaces or line breaks are joined only when the check character holds (or when the
text introduces a number: 证号：…), so that spaced digits of old scanned reports stay figures.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from etl.figures import lexicon
from etl.figures.model import IDENTIFIER_KINDS, Identifier
from etl.figures.numerals import INVISIBLE

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015: no I, O, S, V, Z
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

# --- the written form ------------------------------------------------------------------------------------------
_CH = "0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"  # ASCII and full-width letters and digits
_DIGIT = "0-9\uff10-\uff19"
_HYPHENS = "\\-\uff0d\u2010\u2011"  # -, full-width －, hyphen, non-breaking hyphen (not the range dashes – —)
_INVISIBLE = INVISIBLE + "\u00ad"  # and the soft hyphen
_SPACE = " \t\u3000\u00a0\u2007\u2009\u202f"  # space, tab, ideographic, no-break, figure, thin, narrow no-break
# Between two digits: one or two spaces, or one line break, join digit groups (139 1234 5678); between groups of two
# digits or more, so also a dot, a slash, a middle dot or an en dash (151.2345.6789, 330106/19860318/1207), never
# inside a decimal (1.5) or a short range (3–5).
_SEP = rf"(?<=[{_DIGIT}])(?:[{_SPACE}]{{1,3}}|[ \t]*\r?\n[ \t]*\r?\n?[ \t]*)(?=[{_DIGIT}])"
# (and a list's 、, a table's |, brackets and any other mark an evasion may put there: 139、1234、5678, 139(1234)5678,
# 139_1234_5678, 139•1234•5678)
_MARKS = "./．／·・\u2010\u2011\u2013\u2014、|｜_:：~～*+•∙‧−﹣⁃‒―()（）[]【】"
# A comma joins groups too, where they are no thousands groups (139,1234,5678; not 13,912,345,678).
_MARK = (rf"(?<=[{_DIGIT}]{{2}}) ?(?:[{re.escape(_MARKS)}]|[,，](?![{_DIGIT}]{{3}}(?![{_DIGIT}]))) ?(?=[{_DIGIT}]{{2}})")
# A run: at least three characters; hyphens, group marks and invisible characters only inside.
_RUN = re.compile(rf"[{_CH}](?:[{_INVISIBLE}{_HYPHENS}]*[{_CH}]|{_SEP}|{_MARK}){{2,}}")
_PIECE = re.compile(rf"[{_CH}](?:[{_INVISIBLE}]*[{_CH}])*")  # a run's pieces: between spaces, hyphens and marks
_MAX_FORM = 40  # characters of the longest form joined from pieces (bank card with spaces, suffix …)
_TO_SHAPE = str.maketrans(
    {**{0xFF10 + i: 0x30 + i for i in range(10)}, **{0xFF21 + i: 0x41 + i for i in range(26)},
     **{0xFF41 + i: 0x61 + i for i in range(26)}, **{ord(h): "-" for h in _HYPHENS.replace("\\", "") + _MARKS + ",，"},
     **{ord(c): None for c in _INVISIBLE}}
)
_LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")  # a layout break inside a number: read through
_SPACES = re.compile(r"\s+")
# Letters written for digits where a label says a number follows (手机 l39l2345678, 身份证 11O1O1199OO3O74514).
_LOOKALIKE = re.compile("[lIOo]")
_LOOKALIKE_LABEL = re.compile(r"(?:身份证|手机|电话|联系方式)(?:号码|号)?(?:为|是)?\s*[:：]?\s*$")
_AS_DIGITS = str.maketrans("lIOo", "1100")
_SPACED_HYPHEN = re.compile(" ?- ?")  # 139 — 1234 — 5678
_EXTENSION = re.compile(rf"[ \u3000]?(?:转|分机)[ \u3000]?[{_DIGIT}]{{1,6}}")  # 010-12345678转8001
_EMBEDDED = re.compile(r"[0-9](?<![0-9][0-9])[0-9]{10,19}[Xx]?(?![0-9])")  # digits among letters: ID110101…
_SHORTEST_EMBEDDED = 11  # a piece holding an embedded number has at least one letter more
_CREDIT = frozenset({"credit_code"})
_CREDIT_LENGTH = 18


def id_card_checksum_ok(number: str) -> bool:
    """GB 11643 check character of an 18-character resident ID number."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == number[17].upper()


def luhn_ok(number: str) -> bool:
    """The Luhn check digit of a bank card's number."""
    if not number.isdigit():
        return False
    total = 0
    for i, d in enumerate(reversed(number)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def credit_code_checksum_ok(code: str) -> bool:
    """GB 32100 check character of an 18-character unified social credit code."""
    if len(code) != 18 or any(c not in _CREDIT_CHARS for c in code):
        return False
    total = sum(_CREDIT_CHARS.index(c) * w for c, w in zip(code[:17], _CREDIT_WEIGHTS))
    return _CREDIT_CHARS[-total % 31] == code[17]


# What introduces a number as a number: 证号：, 账号为, 卡号 …, 身份证号 without a colon, 收款账户：, 银行卡号码 ….
_INTRODUCED = re.compile(r"(?:[号码]\s*[:：]|(?:身份证号|证件号|证号|账号|帐号|卡号|账户|帐户|号码|(?:%s)号)(?:为|是)?\s*[:：]?)"
                         r"\s*[【“\"「(（]?\s*$" % "|".join(("编", "学", "工", "考", "学籍", "护照", "会员", "客户", "用户", "QQ", "qq",
                                                          "微信", "订单", "运单", "快递单", "保单", "流水", "病案", "住院",
                                                          "门诊", "就诊", "医保", "社保", "档案", "车牌", "牌照", "车架")))
# (…号 of a person's or a thing's own number: 学号2021301234, 护照号E12345678, 工号8823; not 挂号, 型号, 信号, 称号: words)


# Accounts counted, not an account's number: a short run of digits right after 账户 and before a classifier
# (开通绿色账户30755个). A number after 账号, 卡号 or 身份证号, or of seven digits or more, stays an identifier whatever
# follows it (账号12345678个).
# A unit of an amount right after a form (元, 万元, 股, 吨 …): with no label before it, the form is a figure's digits.
_AMOUNT_AFTER = re.compile(r"[ \u3000]*[万亿]?(?:元|圆|股|美元|港元|欧元|日元|英镑|吨|千克|公斤|平方米|亩|人次|户|台|辆|件|千瓦时|度)")
_COUNTED = re.compile(r"[ \u3000]*[个户家笔张只件项万亿]")
_COUNTED_AFTER = ("账户", "帐户")
_COUNTED_DIGITS = 7


class _Rule(NamedTuple):
    kind: str
    pattern: re.Pattern[str]  # over the shape (see _shape): ASCII, a space between digit groups, hyphens "-"
    before: re.Pattern[str] | None  # what must stand just before (searched in the 12 characters before)
    after: re.Pattern[str] | None  # what must follow
    check: Callable[[str], bool] | None  # checksum of the group "core" (spaces removed)


_SUFFIX = r"(?:-[0-9A-Za-z]{1,6})?"  # …-01, …-8001
_CC = "[0-9A-HJ-NP-RT-UW-Y]"  # a character of a credit code
_ID_CORE = r"(?P<core>(?:[0-9][ -]?){17}[0-9Xx])"  # groups apart: 110101 19900307 4514, 110101-19900307-4514
_AREA = r"0(?:10|2[0-9]|[3-9][0-9]{2})"  # 010, 020–029, 0311 …: the trunk 0 and an area code
_LOCAL = r"[2-9][0-9]{2,3}[ -]?[0-9]{4}"  # a local number: 7 or 8 digits, never starting with 0 or 1
_PLATE_PROVINCE = "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
_PLATE = r"(?=(?:[A-HJ-NP-Z]*[0-9]){3})[0-9A-HJ-NP-Z]{5,6}"  # a plate's five or six letters and digits, three digits at least
_LOCAL_PHONE_BEFORE = re.compile(r"(?:电话|手机|传真|座机)(?:号码)?[:：]?\s*$|[(（][0０][0-9０-９]{2,3}[)）][ -]?$")
# Each shape is classified by the first rule whose pattern matches it whole and whose context fits.
_RULES: tuple[_Rule, ...] = (
    _Rule("id_card", re.compile(_ID_CORE + _SUFFIX), None, None, id_card_checksum_ok),
    # 残疾人证: the 18-character ID number followed by two digits (category and grade).
    _Rule("disability_card", re.compile(_ID_CORE + r"(?:[ -]?[0-9]){2}" + _SUFFIX), None, None, id_card_checksum_ok),
    # 统一社会信用代码: 18 characters, digits and letters (GB 32100-2015; upper case, but read in either), in one
    # piece or in groups (923101-04H3YB-K02U62).
    _Rule("credit_code", re.compile(rf"(?P<core>(?:{_CC}[ -]?){{2}}(?:[0-9][ -]?){{6}}(?:{_CC}[ -]?){{9}}{_CC})" + _SUFFIX,
                                    re.IGNORECASE), None, None, credit_code_checksum_ok),
    # any grouping, a digit at a time too (1-3-9-…), but thousands (13 800 000 000) are a figure's
    _Rule("phone", re.compile(r"(?![0-9]{1,3}(?: [0-9]{3})+$)(?:86[ -]?)?1[ -]?[3-9](?:[ -]?[0-9]){9}" + _SUFFIX), None,
          None, None),
    # a Taiwan mobile: 09XX-XXX-XXX, 0912345678, (+)886 912 345 678 (the trunk 0 dropped after the country code)
    _Rule("phone", re.compile(r"(?:886[ -]?9|09)(?:[ -]?[0-9]){8}" + _SUFFIX), None, None, None),
    _Rule("phone", re.compile(_AREA + r"[ -]?" + _LOCAL + _SUFFIX), None, None, None),
    _Rule("phone", re.compile(_LOCAL), _LOCAL_PHONE_BEFORE, None, None),
    _Rule("postal_code", re.compile(r"[0-9]{6}"), re.compile(r"(?:邮编|邮政编码)[:：]?\s*$"), None, None),
    _Rule("hotline", re.compile(r"[0-9]{3,6}"), None, re.compile(r"(?:政务服务便民)?热线|服务热线"), None),
    _Rule("badge", re.compile(r"[0-9A-Za-z]{4,}"), re.compile(r"(?:警号|警员编号|辅警编号)(?:为|是)?[:：]?\s*$"), None, None),
    # A vehicle's plate (机动车号牌): a province's one-character name, a letter, five or six letters and digits (京A12345,
    # 粤BD12345 of a new-energy car), at least three of them digits.
    _Rule("vehicle_plate", re.compile(r"[A-HJ-NP-Z]" + _PLATE), re.compile(_PLATE_PROVINCE + "$"), None, None),
    _Rule("vehicle_plate", re.compile(_PLATE), re.compile(_PLATE_PROVINCE + "[A-HJ-NP-Z][·•]$"), None, None),  # 鲁B·D1234
    # Numbers introduced as numbers: 证号：…, 编号：…, 代码：…, 账号：… (a bank card in groups of four too).
    _Rule("other", re.compile(r"[0-9A-Za-z][0-9A-Za-z -]{3,}"), _INTRODUCED, None, None),
    # A bank card's number (16 to 19 digits, no figure is written so), whatever introduces it: its Luhn digit decides,
    # and a wrong one still makes it `other`.
    _Rule("other", re.compile(r"(?P<core>[0-9](?:[ -]?[0-9]){15,18})"), None, None, luhn_ok),
)
if unknown := {r.kind for r in _RULES} - set(IDENTIFIER_KINDS):
    raise ValueError(f"identifier rules name unknown kinds: {sorted(unknown)}")
_CHECKED_KINDS = frozenset(r.kind for r in _RULES if r.check is not None)
_BEFORE_WINDOW = 12
# A shape shorter than this is an identifier only by its context (the shortest such form: a landline number).
_CONTEXT_ONLY_BELOW = 10
_ANY_BEFORE = re.compile("|".join(f"(?:{r.before.pattern})" for r in _RULES if r.before is not None))
_ANY_AFTER = re.compile("|".join(f"(?:{r.after.pattern})" for r in _RULES if r.after is not None))
# What a rule without context can match: one test that rules out most forms at once.
_ANY_FREE = re.compile("|".join(f"(?:{re.sub(r'[?]P<[a-z]+>', '', r.pattern.pattern)})"
                                for r in _RULES if r.before is None and r.after is None), re.IGNORECASE)
_MAX_PIECES = 20  # pieces of one form: 4-4-4-4-2 for an ID number, 86-139-1234-5678, a suffix, a digit at a time


def _shape(written: str) -> str:
    """The written form as the rules read it: ASCII, invisible characters and line breaks dropped, other
    whitespace as one space (the rules read digit groups: 139 1234 5678)."""
    if written.isascii() and written.isalnum():
        return written
    return _SPACED_HYPHEN.sub("-", _SPACES.sub(" ", _LINE_BREAK.sub("", written.translate(_TO_SHAPE))))


def _has_context(text: str, start: int, end: int) -> bool:
    """Could a rule with a context apply to ``text[start:end]``? (Context only stands outside a run.)"""
    return bool(_ANY_BEFORE.search(text, max(0, start - _BEFORE_WINDOW), start) or _ANY_AFTER.match(text, end))


def _classify(shape: str, text: str, start: int, end: int, context: bool, kinds: frozenset[str] | None = None,
              fallback: bool = True) -> str | None:
    """The kind of the form ``shape`` written at ``text[start:end]``, or None; ``context`` tells whether a rule
    with a context may apply (see _has_context), ``fallback`` whether a failed check makes it ``other``."""
    if not context and (len(shape) < _CONTEXT_ONLY_BELOW or not _ANY_FREE.fullmatch(shape)):
        return None  # the common case: a year, a figure's digits, a word
    failed_check = False
    for rule in _RULES:
        if kinds is not None and rule.kind not in kinds:
            continue
        m = rule.pattern.fullmatch(shape)
        if m is None:
            continue
        if rule.before is not None and not rule.before.search(text, max(0, start - _BEFORE_WINDOW), start):
            continue
        if rule.after is not None and not rule.after.match(text, end):
            continue
        if rule.kind == "phone" and rule.before is None and not context and _AMOUNT_AFTER.match(text, end):
            continue  # 营业收入18312345678元, 金额为137067587.60元, 流通股13947798000股: an amount, no number to call
        if rule.before is _INTRODUCED and shape.isdigit() and len(shape) < _COUNTED_DIGITS and \
                text.endswith(_COUNTED_AFTER, 0, start) and _COUNTED.match(text, end):
            continue  # 开通绿色账户30755个: accounts counted, no account's number
        if rule.check is not None and not rule.check(m.group("core").replace(" ", "").replace("-", "").upper()):
            failed_check = True
            continue
        return rule.kind
    return "other" if failed_check and fallback else None


def _identifier(kind: str, text: str, start: int, end: int) -> Identifier:
    """The identifier; a phone number's extension written after it (转8001) belongs to it."""
    if kind == "phone" and (m := _EXTENSION.match(text, end)):
        end = m.end()
    return Identifier(kind, text[start:end], start, end)


def _embedded(text: str, start: int, end: int) -> list[Identifier]:
    """ID, disability-card and mobile numbers and credit codes among letters in one piece: ID110101199003074514,
    abc13912345678, CODE91110108MA01ABCD1E (a credit code only with letters alone on its other side, and only
    with a valid check character)."""
    written = text[start:end]
    kept = [i for i, c in enumerate(written) if c not in INVISIBLE] if any(c in INVISIBLE for c in written) else None
    shape = _shape(written)
    spans = [(m.start(), m.end(), _CHECKED_KINDS | {"phone"}, True) for m in _EMBEDDED.finditer(shape)]
    if not spans and len(shape) > _CREDIT_LENGTH:
        head, tail = (0, _CREDIT_LENGTH), (len(shape) - _CREDIT_LENGTH, len(shape))
        spans = [(a, b, _CREDIT, False) for a, b in (head, tail) if (shape[:a] + shape[b:]).isalpha()]
    for a, b, kinds, fallback in spans:
        if kept is not None:
            a, b = kept[a], kept[b - 1] + 1
        kind = _classify(_shape(text[start + a : start + b]), text, start + a, start + b, False, kinds, fallback)
        if kind is not None:
            return [_identifier(kind, text, start + a, start + b)]
    return []


class _Run(NamedTuple):
    """A run cut into pieces at spaces, line breaks and hyphens, with its shape: piece k is
    ``shape[at[k][0]:at[k][1]]``; ``joins[k]`` tells whether piece k may be joined with piece k + 1."""

    pieces: list[tuple[int, int]]
    shape: str
    at: list[tuple[int, int]]
    joins: list[bool]
    spaced: list[bool]  # whether the gap after piece k is whitespace (a space or a line break)


def _cut(text: str, run_start: int, run_end: int) -> _Run:
    pieces = [m.span() for m in _PIECE.finditer(text, run_start, run_end)]
    parts, at, joins, spaced, pos = [], [], [], [], 0
    for k, (a, b) in enumerate(pieces):
        if k:
            gap = text[pieces[k - 1][1] : a]
            parts.append(_shape(gap))
            pos += len(parts[-1])
            # A space joins digit groups of two characters or more, not the spaced single digits of old scanned
            # pages (7 4 7 7 2); a line break, a hyphen or an invisible character joins any two pieces.
            joins.append(not gap.isspace() or "\n" in gap or (b - a > 1 and pieces[k - 1][1] - pieces[k - 1][0] > 1))
            spaced.append(gap.isspace())
        parts.append(_shape(text[a:b]))
        at.append((pos, pos + len(parts[-1])))
        pos += len(parts[-1])
    return _Run(pieces, "".join(parts), at, joins + [False], spaced + [False])


def _in_run(text: str, run_start: int, run_end: int) -> list[Identifier]:
    """Identifiers of one run: from left to right, the longest form joined from its pieces first."""
    run = _cut(text, run_start, run_end)
    n = len(run.pieces)
    before = bool(_ANY_BEFORE.search(text, max(0, run_start - _BEFORE_WINDOW), run_start))
    labelled = _LOOKALIKE_LABEL.search(text, max(0, run_start - _BEFORE_WINDOW), run_start) is not None
    after = bool(_ANY_AFTER.match(text, run_end))
    # after 手机, 身份证号码 … even single digits apart are one number's (手机 1 3 9 1 2 3 4 5 6 7 8)
    joins = [join or (before and spaced) for join, spaced in zip(run.joins[:-1], run.spaced[:-1])] + [False]
    found, i = [], 0
    while i < n:
        last = i
        while (joins[last] and last + 1 - i < _MAX_PIECES
               and run.pieces[last + 1][1] - run.pieces[i][0] <= _MAX_FORM):
            last += 1
        for j in range(last, i - 1, -1):
            start, end = run.pieces[i][0], run.pieces[j][1]
            shape = run.shape[run.at[i][0] : run.at[j][1]]
            context = (before and i == 0) or (after and j == n - 1)
            # Digit groups apart are joined only when a check character or the context vouches for them.
            kind = _classify(shape, text, start, end, context, fallback=not any(run.spaced[i:j]))
            if kind is None and i == 0 and labelled and _LOOKALIKE.search(shape):  # 手机 l39l2345678: letters for digits
                kind = _classify(shape.translate(_AS_DIGITS), text, start, end, False, fallback=False)
            if kind is not None:
                found.append(_identifier(kind, text, start, end))
                i = j + 1
                break
        else:
            if run.pieces[i][1] - run.pieces[i][0] > _SHORTEST_EMBEDDED:
                found += _embedded(text, *run.pieces[i])
            i += 1
    return found


# Forms no run holds: a number in Chinese digits, plain or capital, alone or mixed with Arabic ones (一一〇一〇一…,
# 139一二三四5678, 壹叁玖 1234 5678, 110101一九九二…八X: eleven digits or more, which no figure is written as — but not
# Arabic numbers joined by 一 as a dash, 13000一18000元), with any separator the runs take between groups; and a mobile
# number with its prefix in brackets ((158)1234-5678).
_CN_DIGITS = "〇○零一二三四五六七八九幺壹贰貳叁參肆伍陆陸柒捌玖两拐洞勾"  # (两 2; 拐 7, 洞 0, 勾 9 as radio operators read them)
_CN_ANY = f"{_CN_DIGITS}{_DIGIT}"
_CN_MARKS = ".．·—–、，,|｜/／"  # between groups, besides spaces and hyphens
_CN_SEPARATOR = f"(?:[ \u3000{_HYPHENS}{_CN_MARKS}]{{1,3}}|[ \t]*\r?\n[ \t]*|[{_INVISIBLE}])"  # a line break too
_CN_RUN = re.compile(f"[{_CN_ANY}](?:{_CN_SEPARATOR}?[{_CN_ANY}])+(?:[Xx](?![A-Za-z]))?")
_CN_GROUP = re.compile(f"[{_CN_ANY}]+(?:[Xx](?![A-Za-z]))?")
_CN_DIGIT = re.compile(f"[{_CN_DIGITS}]")
_DASHED = re.compile(f"[{_DIGIT}]+(?:一[{_DIGIT}]+)+")  # 13000一18000: 一 as a range's dash
# The digits of a form a rule without context may take (a mobile number, a landline, an ID or disability card): the
# only stretches worth classifying (a long run of digits has many).
_CN_CANDIDATE = re.compile(r"(?:86)?1[3-9][0-9]{9}|0[0-9]{9,11}|[0-9]{17}[0-9Xx](?:[0-9]{2})?")
_CN_LENGTHS = frozenset({10, 11, 12, 13, 18, 20})  # their lengths
_CN_LONGEST = 30  # characters of the longest written form (a disability card with groups)
_CN_VALUES = (0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 1, 2, 2, 3, 3, 4, 5, 6, 6, 7, 8, 9, 2, 7, 0, 9)
if len(_CN_VALUES) != len(_CN_DIGITS):
    raise ValueError("identifiers: a value for every Chinese digit")
_CN_SHAPE = str.maketrans({c: str(d) for c, d in zip(_CN_DIGITS, _CN_VALUES)}
                          | {0xFF10 + i: 0x30 + i for i in range(10)}
                          | {ord(c): "-" for c in "\uff0d\u2010\u2011" + _CN_MARKS} | {0x3000: " "}
                          | {ord(c): None for c in _INVISIBLE})
_BRACKETED_MOBILE = re.compile(r"[(（]1[3-9][0-9][)）][ -]?[0-9]{4}[ -]?[0-9]{4}")


# Identity cards of Taiwan (A123456789: a letter, 1 or 2, eight digits) and Hong Kong (A123456(7), AB987654(3)), each
# with its check digit: an ID number wherever it stands.
_ID_OF_TAIWAN_OR_HONG_KONG = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])(?:(?P<tw>[12][0-9]{8}(?![A-Za-z0-9]))"
                                        r"|[A-Z]?[0-9]{6}[(（][0-9A][)）])")
_TAIWAN_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # A=10 … (I, O and W out of order: the card's own table)


def taiwan_id_ok(number: str) -> bool:
    """The check digit of a Taiwan ID number (the letter's code's two digits weighted 1 and 9, then 8 … 1, 1)."""
    code = 10 + _TAIWAN_LETTERS.index(number[0])
    digits = [code // 10, code % 10] + [int(ch) for ch in number[1:]]
    return sum(d * w for d, w in zip(digits, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1))) % 10 == 0


def hong_kong_id_ok(number: str) -> bool:
    """The check digit of a Hong Kong ID number: letters (a space before a single one counts 36) and digits weighted
    9 … 2, the check digit (A for 10) making the sum a multiple of 11."""
    letters, digits, check = number[:-9], number[-9:-3], number[-2]
    values = ([36] if len(letters) == 1 else []) + [10 + ord(ch) - ord("A") for ch in letters] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1))) + (10 if check == "A" else int(check))
    return total % 11 == 0


def _other_forms(text: str) -> list[Identifier]:
    found = [_identifier("phone", text, *m.span()) for m in _BRACKETED_MOBILE.finditer(text)]
    for m in _ID_OF_TAIWAN_OR_HONG_KONG.finditer(text):
        number = m.group().replace("（", "(").replace("）", ")")
        if (taiwan_id_ok(number) if m.group("tw") else hong_kong_id_ok(number)):
            found.append(_identifier("id_card", text, *m.span()))
    for m in _CN_RUN.finditer(text):
        run = m.group()
        if _CN_DIGIT.search(run) is None or (_DASHED.fullmatch(run) and not _has_context(text, m.start(), m.end())):
            continue  # Arabic digits alone are the runs' part; 一 between Arabic numbers is a dash (not after 电话)
        found += _cn_form(text, m.start(), m.end())
    return found


def _cn_form(text: str, start: int, end: int) -> list[Identifier]:
    """The identifiers in a run of digits some of them Chinese: from the left, the longest stretch of its groups that
    is one (a group of another number may follow: 壹叁玖1234 5678 2025; two numbers may stand in one run). Without a
    context (号：, 电话 …) only stretches with as many digits as a form has are read: a long run has many."""
    groups = [g.span() for g in _CN_GROUP.finditer(text, start, end)]
    counts = [0]
    for a, b in groups:
        counts.append(counts[-1] + b - a)
    found: list[Identifier] = []
    i = 0
    while i < len(groups):
        a = groups[i][0]
        introduced = _ANY_BEFORE.search(text, max(0, a - _BEFORE_WINDOW), a) is not None  # 号：, 电话 …
        last = i
        while last + 1 < len(groups) and groups[last + 1][1] - a <= _CN_LONGEST:
            last += 1
        for j in range(last, i - 1, -1):
            b = groups[j][1]
            context = introduced or _ANY_AFTER.match(text, b) is not None
            if not context and counts[j + 1] - counts[i] not in _CN_LENGTHS:
                continue
            shape = _SPACES.sub(" ", text[a:b].translate(_CN_SHAPE))
            if (context or _CN_CANDIDATE.fullmatch(shape.replace(" ", "").replace("-", ""))) and \
                    (kind := _classify(shape, text, a, b, context)):
                found.append(_identifier(kind, text, a, b))
                i = j + 1
                break
        else:
            i += 1
    return found


# Every other character Unicode reads as a digit: decimal digits of any script (Arabic-Indic ٣, Devanagari ३,
# mathematical 𝟑 …) and the digits circled, in a ring or raised (③, ❸, ³): an identifier written in them is still one.
# A text is scanned once for any of them (_other_digits), and only one that holds some is rewritten by these two.
_OTHER_DECIMAL = re.compile("[^\\D0-9\uff10-\uff19]")
_OTHER_DIGIT_FORM = re.compile("[\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u24ea\u24f5-\u24fd"
                               "\u2776-\u277e\u2780-\u2788\u278a-\u2792]")


def find_identifiers(text: str) -> list[Identifier]:
    """Every identifier in ``text``, in order, non-overlapping, each span covering its whole written form. Labels
    are read in either script (手機, 身份證號碼 as 手机, 身份证号码)."""
    read = text
    if _other_digits().search(read) is not None:
        read = _OTHER_DIGIT_FORM.sub(_ascii_digit, _OTHER_DECIMAL.sub(_ascii_digit, read))  # one for one
    if _traditional_re().search(read) is not None:
        read = read.translate(lexicon.traditional())  # one for one
    if read is text:
        return _find_identifiers(text)  # the common case
    return [replace(f, text=text[f.char_start : f.char_end]) for f in _find_identifiers(read)]


@cache
def _other_digits() -> re.Pattern[str]:
    """Any character of _OTHER_DECIMAL or _OTHER_DIGIT_FORM, or beyond the Basic Multilingual Plane: one class of
    single characters, which a regex tests in one step (a category, as in _OTHER_DECIMAL, costs a lookup a character)."""
    decimals = (chr(c) for c in range(0x80, 0x10000) if chr(c).isdecimal() and not 0xFF10 <= c <= 0xFF19)
    return re.compile(f"[{re.escape(''.join(decimals))}{_OTHER_DIGIT_FORM.pattern[1:-1]}\U00010000-\U0010ffff]")


@cache
def _traditional_re() -> re.Pattern[str]:
    """The traditional forms of the characters the labels and contexts are written with (機, 話, 證, 號, 碼 …): a text
    holding none reads its labels as it stands (one scan of a short class; the full table would cost a third)."""
    contexts = "".join(pattern.pattern for pattern in (_ANY_BEFORE, _ANY_AFTER, _NUMBER_LABEL, _LOOKALIKE_LABEL,
                                                       _EXTENSION, _INTRODUCED))
    forms = [chr(k) for k, v in lexicon.traditional().items() if v in contexts]
    return re.compile("[" + re.escape("".join(forms)) + "]")


def _ascii_digit(m: re.Match[str]) -> str:
    return str(unicodedata.digit(m.group()))


def _find_identifiers(text: str) -> list[Identifier]:
    found: list[Identifier] = []
    for m in _RUN.finditer(text):
        start, end = m.span()
        if end - start < _CONTEXT_ONLY_BELOW and not _has_context(text, start, end):
            continue  # the common case, a year or a figure's digits: no form in it is long enough
        if found and start < found[-1].char_end:
            continue  # inside the extension of the phone number before (转8001)
        found += _in_run(text, start, end)
    if "(" in text or "（" in text or _CN_RUN.search(text):
        found = _merged(text, found, _other_forms(text))
    if _LABEL_START.search(text):
        found = _merged(text, found, _labelled_forms(text))
        if "位" in text or "尾号" in text:
            found = _merged(text, found, _named_parts(text))
    return found


def _merged(text: str, found: list[Identifier], more: list[Identifier]) -> list[Identifier]:
    """``found`` and ``more`` as one list in order; overlapping identifiers become one covering both (证号：110101
    taken by the runs, 110101一九九二… by a form of Chinese digits: mask all of both)."""
    for ident in more:
        overlapping = [f for f in found if ident.char_start < f.char_end and f.char_start < ident.char_end]
        if overlapping:
            longest = max([ident, *overlapping], key=lambda f: f.char_end - f.char_start)
            a = min(ident.char_start, *(f.char_start for f in overlapping))
            b = max(ident.char_end, *(f.char_end for f in overlapping))
            found = [f for f in found if f not in overlapping]
            ident = Identifier(longest.kind, text[a:b], a, b)
        found.append(ident)
    return sorted(found, key=lambda i: i.char_start)


# After a label that says a number follows (手机, 身份证号, 电话：, 卡号 …), the number's digit groups may stand apart by
# anything a form may put there, and more than one of it: thousands commas (13,912,345,678), brackets side by side
# ([110101][19900307][4514]), a line break written out as \n, spaces and commas around single digits, even full
# stops (139。1234。5678). The label vouches for them; the digits alone decide the kind (seven at least: a landline's
# local number). Thousands groups of fewer digits than a mobile number are a figure's (手机2,345,678部).
_NUMBER_LABEL = re.compile(r"(?:(?:身份证|手机|电话|传真|座机|联系方式)(?:号码|号)?|证件号|证号|账号|帐号|卡号|警号|号码"
                           r"|账户|帐户)(?:为|是)?[ \t\u3000]*[:：]?")
_LABEL_GAP = f"(?:[{_SPACE}{_HYPHENS}{re.escape(_MARKS)},，。；;！!？?{{}}<>「」『』“”\"'\r\n]|\\\\[ntr])"
_LABELLED = re.compile(f"{_LABEL_GAP}{{0,3}}(?P<number>[{_DIGIT}]+(?:{_LABEL_GAP}{{1,4}}[{_DIGIT}]+){{0,21}}"
                       f"(?:[Xx](?![A-Za-z]))?)")  # (22 groups at most: a number a digit at a time)
_DIGIT_GROUP = re.compile(f"[{_DIGIT}]+(?:[Xx](?![A-Za-z]))?")
_SHORTEST_LABELLED = 7
_LONGEST_LABELLED = 22  # digits of the longest form after a label (a disability card's 20, a suffix)
_THOUSANDS = re.compile(f"[{_DIGIT}]{{1,3}}(?:[,，][{_DIGIT}]{{3}})+")


# The first characters of the labels: found by one scan of a character class (a search for the labels' alternation
# costs a third of the time of finding every identifier of a report).
_LABEL_START = re.compile("[身手电传座联证账帐卡警号]")


# A part of a number named as a part (手机尾号5678，前七位1391234; 前三位139，中间1234，后四位5678): after a label in the
# same sentence, the parts together give the number away, so each is masked as one.
_PART = re.compile(f"(?:尾号|末[0-9一二三四五六七八九]位|前[0-9一二三四五六七八九十]位|后[0-9一二三四五六七八九十]位|中间(?:[0-9一二三四五六七八九]位)?)"
                   f"(?:是|为)?[:：]?[{_SPACE}]*(?P<digits>[{_DIGIT}]{{3,8}})(?![{_DIGIT}])")
_SENTENCE_END = re.compile("[。！？!?\n]")


def _named_parts(text: str) -> list[Identifier]:
    found, start, seen = [], 0, 0
    for m in _PART.finditer(text):
        for end in _SENTENCE_END.finditer(text, seen, m.start()):
            start = end.end()
        seen = m.start()
        if _NUMBER_LABEL.search(text, start, m.start()):
            found.append(Identifier("other", m.group("digits"), *m.span("digits")))
    return found


def _labelled_forms(text: str) -> list[Identifier]:
    found = []
    for start in _LABEL_START.finditer(text):
        label = _NUMBER_LABEL.match(text, start.start())
        if label is None:
            continue
        m = _LABELLED.match(text, label.end())
        if m is None:
            continue
        if _THOUSANDS.fullmatch(m.group("number")) and len(m.group("number")) < 14:  # < 11 digits
            continue
        groups, digits = [], 0
        for g in _DIGIT_GROUP.finditer(text, *m.span("number")):
            digits += g.end() - g.start()
            if digits > _LONGEST_LABELLED:
                break  # no form has more digits: the groups after are another number's (and the work stays linear)
            groups.append(g.span())
        for j in range(len(groups), 0, -1):  # the longest stretch of groups that is one number
            a, b = groups[0][0], groups[j - 1][1]
            digits = "".join(text[x:y] for x, y in groups[:j]).translate(_TO_SHAPE)
            if len(digits) >= _SHORTEST_LABELLED and (kind := _classify(digits, text, a, b, True)):
                found.append(_identifier(kind, text, a, b))
                break
    return found
