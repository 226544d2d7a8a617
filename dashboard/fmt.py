"""How the dashboard writes values and text for a reader: 万/亿, Chinese labels, marked-up document text, text made
safe for Markdown. Pure functions; the only file read is labels.toml, once."""

from __future__ import annotations

import html
import re
import string
import tomllib
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Mapping
from urllib.parse import quote, urlencode

LABELS_FILE = Path(__file__).with_name("labels.toml")
# Chinese large-number units, largest first.
_SCALES = ((Decimal(10) ** 12, "万亿"), (Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万"))
MASK = "＊"  # what the serving copy puts in place of a private identifier's hidden characters (etl/context/redact.py)


@lru_cache(maxsize=1)
def labels() -> Mapping[str, Mapping[str, str]]:
    """The label tables of labels.toml, read once. Raises ValueError on an empty label. (That every code the
    engine produces has a label is checked by the tests, which may read the engine's declarations.)"""
    with LABELS_FILE.open("rb") as handle:
        data = tomllib.load(handle)
    for section, table in data.items():
        empty = [code for code, text in table.items() if not isinstance(text, str) or not text.strip()]
        if empty:
            raise ValueError(f"{LABELS_FILE.name}: [{section}] has empty labels for {empty}")
    return MappingProxyType({section: MappingProxyType(dict(table)) for section, table in data.items()})


def label(section: str, code: object) -> str:
    """The Chinese label of a code, the code itself when it has none, "" for a missing value."""
    if is_missing(code):
        return ""
    return labels().get(section, {}).get(str(code), str(code))


# The warehouse's period codes: 2025, 2021-2025, 2025-Q1, 2025-Q1..Q3, 2025-H1, 2025-03, 2025-01..05, 2025-12-31.
PERIOD_CODE = re.compile(r"(\d{4})(?:-(\d{4})|-Q([1-4])(?:\.\.Q([1-4]))?|-H([12])|-(\d{2})(?:\.\.(\d{2})|-(\d{2}))?)?")
_CN_NUMBER = "〇一二三四"


def period_label(period: object) -> str:
    """A period as a reader writes it (the warehouse's codes stay in URLs and SQL): 2025 → 2025年, 2021-2025 →
    2021—2025年, 2025-Q1 → 2025年一季度, 2025-Q1..Q3 → 2025年前三季度, 2025-H1 → 2025年上半年, 2025-03 → 2025年3月,
    2025-01..05 → 2025年1—5月, 2025-12-31 → 2025年末; any other text as it is, "" for a missing value."""
    if is_missing(period):
        return ""
    text = str(period)
    m = PERIOD_CODE.fullmatch(text)
    if m is None:
        return text
    year, to, q, q_to, half, month, month_to, day = m.groups()
    if to:
        return f"{year}—{to}年"
    if q:
        if not q_to:
            return f"{year}年{_CN_NUMBER[int(q)]}季度"
        first = "前" if q == "1" else f"{_CN_NUMBER[int(q)]}至"
        return f"{year}年{first}{_CN_NUMBER[int(q_to)]}季度"
    if half:
        return f"{year}年{'上' if half == '1' else '下'}半年"
    if month and day:
        return f"{year}年末" if (month, day) == ("12", "31") else f"{year}年{int(month)}月{int(day)}日"
    if month:
        return f"{year}年{int(month)}—{int(month_to)}月" if month_to else f"{year}年{int(month)}月"
    return f"{year}年"


def is_missing(value: object) -> bool:
    """True for None and for pandas' NaN/NA/NaT (which are not equal to themselves)."""
    return value is None or value != value  # noqa: PLR0124


def _decimal(value: object) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _plain(number: Decimal, places: int | None) -> str:
    """Digits without exponent or trailing zeros; rounded half-up to ``places`` decimals when given."""
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{number:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_number(value: object) -> str:
    """A number as a Chinese reader writes it: 2236000 → 223.6万, 350000000 → 3.5亿, 18.4 → 18.4."""
    number = _decimal(value)
    for scale, word in _SCALES:
        if abs(number) >= scale:
            return _plain(number / scale, 2) + word
    return _plain(number, None if abs(number) >= 1 or number == 0 else 6)


def format_count(count: object) -> str:
    """A count of rows: 8520 → 8520, 123456 → 12.35万."""
    return format_number(int(count))


def exact_text(value: object) -> str:
    """The exact value as plain digits: Decimal('2236000.0000000000') → 2236000."""
    return _plain(_decimal(value), None)


def format_exact(value: object) -> str:
    """The exact value with thousands separators: 2236000 → 2,236,000; 18.40 → 18.4."""
    number = _decimal(value)
    whole, _, fraction = _plain(number, None).partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = f"{int(whole.lstrip('-') or 0):,}"
    return sign + grouped + ("." + fraction if fraction else "")


def _with_unit(number: str, unit: str) -> str:
    """A number and its unit as Chinese text writes them: 18.4%, 223.6万人, 20℃ (a space only before a unit in
    Latin letters: 5 kWh)."""
    if not unit:
        return number
    return f"{number} {unit}" if unit[0].isascii() and unit[0].isalpha() else number + unit


def qualified(text: str, approx: object) -> str:
    """A written figure with its qualifier where a Chinese reader puts it: 近3000万吨, 5%左右, 60万人以上."""
    if is_missing(approx):
        return text
    before = labels().get("approx_before", {}).get(str(approx), "")
    after = labels().get("approx_after", {}).get(str(approx), "")
    return before + text + after


def format_value(value: object, unit: str, value_high: object = None, approx: object = None) -> str:
    """A figure for a reader: 223.6万人, 18.4%, a range as 3万–5万元, hedged as 5%左右."""
    number = format_number(value)
    if not is_missing(value_high):
        number = f"{number}–{format_number(value_high)}"
    return qualified(_with_unit(number, unit), approx)


def format_change(value: object, unit: str, basis: object, approx: object = None, value_high: object = None) -> str:
    """A change, signed, after its basis: 同比 +18.4%, +5%左右."""
    number = _decimal(value)
    signed = ("+" if number > 0 else "") + format_number(number)
    if not is_missing(value_high):
        signed += f"–{format_number(value_high)}"
    prefix = label("basis", basis)
    return (prefix + " " if prefix else "") + qualified(_with_unit(signed, unit), approx)


def format_figure(row: Mapping[str, object]) -> str:
    """A figure row (value, value_high, unit, approx, measure, basis) as a reader reads it."""
    approx = row.get("approx")
    if row.get("measure") == "change":
        return format_change(row["value"], str(row["unit"]), row.get("basis"), approx, row.get("value_high"))
    return format_value(row["value"], str(row["unit"]), row.get("value_high"), approx)


_MARKDOWN_SPECIAL = frozenset(string.punctuation)


def md_escape(text: object) -> str:
    """Untrusted text made inert for Streamlit's Markdown: every ASCII punctuation character backslash-escaped
    (CommonMark), so no link, image, emphasis, HTML, icon (:material/…:) or colour directive can be formed, and
    line breaks as spaces (a title stays one line)."""
    out = "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in str(text))
    return " ".join(out.split("\n"))


def web_url(url: object) -> bool:
    """Is ``url`` a plain http(s) address (the only kind of link the pages render from data)?"""
    return isinstance(url, str) and url.lower().startswith(("http://", "https://")) and not any(
        ch.isspace() or ch in "<>\"'`" for ch in url)


def document_title(title: object, text: str, name: str, longest: int = 40) -> str:
    """What to call a document: its title, else its first non-empty line when short enough, else its name."""
    if not is_missing(title) and str(title).strip():
        return str(title).strip()
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if 0 < len(first) <= longest else name


# --- links ------------------------------------------------------------------------------------------------


def page_href(page: str, label_text: str | None = None, **params: str) -> str:
    """A link into the app: /fact?id=…, with ``label_text`` after '#' for a LinkColumn to show
    (display_text=LINK_LABEL); percent-encoded so that '%' and '#' in a mention survive."""
    href = f"/{page}?{urlencode(params)}" if params else f"/{page}"
    return href + ("#" + quote(label_text, safe="") if label_text else "")


# LinkColumn display_text: the label after '#' of a page_href (the grid shows it decoded).
LINK_LABEL = r"#(.*)$"


# --- marked-up text ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mark:
    """A half-open span of a text to mark: a figure (linked) or an identifier (masked)."""

    start: int
    end: int
    href: str | None = None  # figures: link to the fact page
    title: str = ""  # tooltip
    secret: bool = False  # identifiers: shown masked
    current: bool = False  # the figure the page is about


def _mark_html(text: str, mark: Mark) -> str:
    piece = text[mark.start : mark.end]
    title = f' title="{html.escape(mark.title)}"' if mark.title else ""
    if mark.secret:
        return f'<span class="cf-secret"{title}>{html.escape(piece)}</span>'
    css = "cf-fig cf-current" if mark.current else "cf-fig"
    if mark.href is None:
        return f'<mark class="{css}"{title}>{html.escape(piece)}</mark>'
    return f'<a class="{css}" href="{html.escape(mark.href)}" target="_self"{title}>{html.escape(piece)}</a>'


def marked_html(text: str, marks: Iterable[Mark]) -> str:
    """``text`` HTML-escaped with its marks applied. Offsets index ``text``; a mark that overlaps an earlier
    one (or falls outside the text) is left out, identifiers winning over figures at the same start."""
    out: list[str] = []
    cursor = 0
    ordered = sorted(marks, key=lambda m: (m.start, not m.secret, -m.end))
    for mark in ordered:
        if mark.start < cursor or mark.end > len(text) or mark.start >= mark.end:
            continue
        out.append(html.escape(text[cursor : mark.start]))
        out.append(_mark_html(text, mark))
        cursor = mark.end
    out.append(html.escape(text[cursor:]))
    return "".join(out)


def locate(haystack: str, needle: str, near: int) -> int | None:
    """Index of the occurrence of ``needle`` in ``haystack`` nearest to ``near``, or None."""
    best: int | None = None
    index = haystack.find(needle)
    while index != -1 and needle:
        if best is None or abs(index - near) < abs(best - near):
            best = index
        index = haystack.find(needle, index + 1)
    return best


# Styles of marked-up text, shared by the fact and document pages.
TEXT_CSS = """<style>
.cf-text { font-size: 1.05rem; line-height: 2; white-space: pre-wrap; overflow-wrap: anywhere; }
.cf-text a.cf-fig, .cf-text mark.cf-fig { color: inherit; text-decoration: none; background: #fff1b8;
           border-bottom: 2px solid #f5a623; border-radius: 3px; padding: 0 2px; white-space: nowrap; }
.cf-text a.cf-fig:hover { background: #ffe58f; }
.cf-text .cf-current { background: #ffc53d !important; font-weight: 600; }
.cf-text .cf-secret { background: #e8e8e8; color: #595959; border-radius: 3px; padding: 0 2px;
           white-space: nowrap; }
.cf-text .cf-dim { color: #8c8c8c; }
</style>"""


def identifier_marks(identifiers: Iterable[Mapping[str, object]]) -> list[Mark]:
    """Marks for the identifiers the serving copy masked (their text holds the mask character)."""
    return [
        Mark(row["char_start"], row["char_end"], title=f"{label('identifier', row['kind'])}（已隐藏）", secret=True)
        for row in identifiers if MASK in str(row["text"])
    ]


def document_html(
    text: str, figures: Iterable[Mapping[str, object]], identifiers: Iterable[Mapping[str, object]]
) -> str:
    """The text, escaped, with figures linked (tooltip: metric and value) and masked identifiers marked. Rows as
    given by queries.document_figures and queries.identifiers (``to_dict("records")``)."""
    marks = [
        Mark(f["char_start"], f["char_end"], href=page_href("fact", id=f["fact_id"]),
             title=f"{f['metric']}：{format_figure(f)}")
        for f in figures
    ]
    body = marked_html(text, marks + identifier_marks(identifiers)).strip()  # no blank lines around
    return f'{TEXT_CSS}<div class="cf-text">{body}</div>'
