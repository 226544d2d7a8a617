"""One figure (`/fact?id=<fact_id>`): its value as a reader writes it and exactly, its context, the source
sentence highlighted inside its paragraph, links to the document and to figures of the same metric."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from dashboard import db, queries
from dashboard.fmt import (
    LINK_LABEL, TEXT_CSS, Mark, format_exact, format_figure, is_missing, label, locate,
    marked_html, md_escape, page_href, period_label,
)

RELATED_LIMIT = 20

FACT_CSS = """<style>
.cf-big { font-size: 2.6rem; font-weight: 700; line-height: 1.2; color: #1f1f1f; }
.cf-big .cf-unit { font-size: 1.3rem; font-weight: 500; margin-left: .35rem; color: #595959; }
.cf-exact { color: #8c8c8c; font-size: .95rem; margin-top: .2rem; }
</style>"""


def _link(page: str, text: str, **params: str) -> str:
    """An HTML link to a page of the app ("" = overview), opening in the same tab."""
    return f'<a href="{html.escape(page_href(page, **params))}" target="_self">{html.escape(text)}</a>'


def _document_label(fact: dict) -> str:
    """The document's title, else its article's title, else its name."""
    return next(str(v) for v in (fact["doc_title"], fact["article_title"], fact["doc_name"])
                if not is_missing(v) and str(v).strip())


def region_html(chain: pd.DataFrame) -> str:
    """县 › 市 › 省 › 全国, province and city linked to the overview filtered on them."""
    rows = chain.to_dict("records")
    province = next((r["name"] for r in rows if r["level"] == "province"), None)
    parts = []
    for row in rows:
        if row["level"] == "province":
            parts.append(_link("", row["name"], region=row["name"]))
        elif row["level"] == "city" and province is not None:
            parts.append(_link("", row["name"], region=province, city=row["name"]))
        else:
            parts.append(html.escape(row["name"]))
    return " › ".join(parts)


def value_ui(fact: dict) -> None:
    """The figure as a reader writes it (223.6万人, 5%左右), big, with its exact value and mention beside it; the
    unit of a level in a smaller type."""
    unit = str(fact["unit"])
    shown = format_figure(fact)
    split = fact["measure"] != "change" and bool(unit) and unit not in ("%", "‰") and unit in shown
    number, _, rest = shown.partition(unit) if split else (shown, "", "")
    unit_html = f'<span class="cf-unit">{html.escape(unit + rest)}</span>' if split else ""
    exact = format_exact(fact["value"])
    if not is_missing(fact["value_high"]):
        exact += f"–{format_exact(fact['value_high'])}"
    mention = html.escape(str(fact["mention"]))
    st.html(
        f'{FACT_CSS}<div class="cf-big">{html.escape(number.strip())}{unit_html}</div>'
        f'<div class="cf-exact">精确值：{html.escape(exact)} {html.escape(unit)} · 原文：「{mention}」</div>'
    )


def _change_html(fact: dict) -> str:
    """What a change refers to, or the changes of a level figure, as links."""
    if fact["measure"] != "change":
        changes = db.query(queries.changes_of, fact["fact_id"])
        links = [_link("fact", format_figure(c), id=c["fact_id"]) for c in changes.to_dict("records")]
        return "、".join(links) if links else "—"
    basis = html.escape(label("basis", fact["basis"]) or "变化")
    target = pd.DataFrame() if is_missing(fact["refers_to"]) else db.query(queries.fact, fact["refers_to"])
    if target.empty:
        return basis
    referred = target.iloc[0].to_dict()
    link = _link("fact", referred["mention"], id=referred["fact_id"])
    return f"{basis}，指 {link}（{html.escape(referred['metric'])}）"


DETAILS_CSS = """<style>
.cf-facts { border-collapse: collapse; width: 100%; font-size: .98rem; }
.cf-facts th { width: 4.5em; color: #8c8c8c; font-weight: 500; text-align: left; vertical-align: top;
               padding: .4rem .8rem .4rem 0; border-bottom: 1px solid #f0f0f0; }
.cf-facts td { padding: .4rem 0; border-bottom: 1px solid #f0f0f0; }
.cf-facts a { color: #1d39c4; text-decoration: none; }
.cf-facts a:hover { text-decoration: underline; }
.cf-note { color: #8c8c8c; font-size: .85rem; }
</style>"""


UNKNOWN_PLACE = "unknown"  # region_how of a figure of one place the text never names (etl.context.regions.HOW)
LISTED_PLACES = "places"  # …of one value of several places listed, its region their common one
_WITHIN = {UNKNOWN_PLACE: ("未点明的地区，位于 ", "境内未点明的地区"), LISTED_PLACES: ("列举的几个地区，同属 ", "境内列举的几个地区")}


def details_ui(fact: dict) -> None:
    """Metric, qualifier, kind, change, region hierarchy, period, topic, document, rule."""
    chain = db.query(queries.region_chain, fact["region_code"])
    metric = html.escape(fact["metric"])
    if not is_missing(fact["period_basis"]):
        metric += f"（{html.escape(label('period_basis', fact['period_basis']))}）"
    how = html.escape(label("region_how", fact["region_how"]))
    indicator = "—"
    if not is_missing(fact["indicator"]):
        indicator = _link("indicator", fact["indicator_name"] or fact["indicator"], id=fact["indicator"])
        indicator += ' <span class="cf-note">（查看历年数值与各省份）</span>'
    rows = [
        ("描述", metric),
        ("指标", indicator),
        ("状态", html.escape(label("status", fact["status"]) or "—")),
        ("约数", html.escape(label("approx", fact["approx"]) or "精确数字")),
        ("类型", html.escape(f"{label('kind', fact['kind'])} · {label('measure', fact['measure'])}")),
        ("变化", _change_html(fact)),
        ("地区", f'{_WITHIN.get(fact["region_how"], ("",))[0]}{region_html(chain)} '
                 f'<span class="cf-note">（依据：{how}）</span>'),
        ("时间", html.escape(period_label(fact["period"]) or "未注明")),
        ("主题", _link("", fact["topic_name"], topic=fact["topic_name"])),
        ("文档", _link("document", _document_label(fact), id=fact["doc_id"])),
        ("规则", f"<code>{html.escape(fact['rule'])}</code>"),
    ]
    body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    st.html(f"{DETAILS_CSS}<table class='cf-facts'>{body}</table>")


def sentence_marks(fact: dict, sentence: dict, text: str, figures: pd.DataFrame) -> list[Mark]:
    """Marks for the figures of one sentence: the fact itself highlighted, the others linked. Mentions are
    found in the (repaired) sentence text nearest to their document offset."""
    inside = figures[(figures["char_start"] >= sentence["char_start"])
                     & (figures["char_end"] <= sentence["char_end"])]
    marks = []
    for figure in inside.to_dict("records"):
        at = locate(text, figure["mention"], figure["char_start"] - sentence["char_start"])
        if at is None:
            continue
        current = figure["fact_id"] == fact["fact_id"]
        marks.append(Mark(
            at, at + len(figure["mention"]), href=None if current else page_href("fact", id=figure["fact_id"]),
            title=f"{figure['metric']}：{format_figure(figure)}", current=current,
        ))
    return marks


def source_html(fact: dict) -> str:
    """The paragraph of the fact's sentence: that sentence in full colour with the mention highlighted, the
    rest dimmed (private identifiers come masked from the serving copy)."""
    paragraph = db.query(queries.paragraph, fact["sentence_id"])
    figures = db.query(queries.document_figures, fact["doc_id"])
    parts = []
    for sentence in paragraph.to_dict("records"):
        text = sentence["text"]
        if sentence["sentence_id"] == fact["sentence_id"]:
            marked = marked_html(text, sentence_marks(fact, sentence, text, figures))
            parts.append(f'<span class="cf-source">{marked}</span>')
        else:
            parts.append(f'<span class="cf-dim">{html.escape(text)}</span>')
    return f'{TEXT_CSS}<div class="cf-text">{"".join(parts)}</div>'


def related_ui(fact: dict) -> None:
    related = db.query(queries.related, fact["metric"], fact["measure"], fact["fact_id"], RELATED_LIMIT)
    st.markdown(f"##### 同一指标的其他数字 · {md_escape(fact['metric'])}")
    if related.empty:
        st.caption("没有其他同一指标的数字。")
        return
    st.dataframe(
        pd.DataFrame({
            "数字": [page_href("fact", m, id=i) for i, m in zip(related["fact_id"], related["mention"])],
            "数值": [format_figure(r) for r in related.to_dict("records")],
            "状态": [label("status", s) or "—" for s in related["status"]],
            "地区": related["region_name"],
            "时间": [period_label(p) for p in related["period"]],
            "文档": [page_href("document", _document_label(r), id=r["doc_id"]) for r in related.to_dict("records")],
        }),
        hide_index=True,
        column_config={"数字": st.column_config.LinkColumn("数字", display_text=LINK_LABEL),
                       "文档": st.column_config.LinkColumn("文档", display_text=LINK_LABEL)},
    )


def main() -> None:
    fact_id = st.query_params.get("id")
    if not fact_id:
        st.title("数字")
        st.info("从总览的表格或文档页面点击一个数字，即可查看它的出处和上下文。")
        return
    fact = db.one(queries.fact, fact_id, "数字", "数字")
    if fact is None:
        return
    st.title(md_escape(fact["metric"] or "数字"))
    within = _WITHIN.get(fact["region_how"])
    place = f"{fact['region_name']}{within[1]}" if within else fact["region_name"]
    st.caption(md_escape(" · ".join(x for x in (place, period_label(fact["period"]), fact["topic_name"])
                                    if not is_missing(x) and x)))
    left, right = st.columns([2, 3], gap="large")
    with left:
        value_ui(fact)
        details_ui(fact)
    with right:
        st.markdown("##### 出处")
        st.html(source_html(fact))
        st.page_link("views/document.py", label=f"查看全文：{md_escape(_document_label(fact))}",
                     icon=":material/article:", query_params={"id": fact["doc_id"]})
    related_ui(fact)


main()
