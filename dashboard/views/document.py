"""One document (`/document?id=<doc_id>`): its text with every figure highlighted and linked to its fact page,
identifiers (ID-card, phone, credit code …) masked. Without an id: the list of documents."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from dashboard import db, queries
from dashboard.fmt import (
    LINK_LABEL, MASK, document_html, document_title, format_count, is_missing, md_escape, page_href, web_url,
)

DOCUMENT_LIST = 500


def list_ui() -> None:
    st.title("文档")
    docs = db.query(queries.document_options, DOCUMENT_LIST, None)
    st.caption(f"共 {len(docs)} 篇有数字的文档（按日期排列，最多显示 {DOCUMENT_LIST} 篇）。")
    st.dataframe(
        pd.DataFrame({
            "文档": [page_href("document", n, id=i) for i, n in zip(docs["doc_id"], docs["doc_name"])],
            "标题": docs["title"],
            "日期": docs["date"],
            "数字": docs["figures"],
        }),
        hide_index=True,
        column_config={"文档": st.column_config.LinkColumn("文档", display_text=LINK_LABEL)},
    )


def meta_line(doc: dict, figures: int, identifiers: int) -> str:
    parts = [doc["doc_name"], str(doc["date"])[:10] if not is_missing(doc["date"]) else None, doc["source"],
             doc["region_hint"], f"{format_count(figures)} 个数字"]
    if identifiers:
        parts.append(f"{identifiers} 处个人标识已隐藏")
    return " · ".join(str(p) for p in parts if not is_missing(p))


def main() -> None:
    doc_id = st.query_params.get("id")
    if not doc_id:
        list_ui()
        return
    doc = db.one(queries.document, doc_id, "文档", "文档")
    if doc is None:
        return
    figures = db.query(queries.document_figures, doc_id)
    identifiers = db.query(queries.identifiers, doc_id)
    hidden = int(identifiers["text"].str.contains(MASK, regex=False).sum()) if len(identifiers) else 0
    st.title(md_escape(document_title(doc["title"], doc["text"], doc["doc_name"])))
    st.caption(md_escape(meta_line(doc, len(figures), hidden)))
    st.page_link("views/overview.py", label="在总览中只看本文的数字", icon=":material/filter_alt:",
                 query_params={"doc": doc["doc_name"]})
    with st.container(border=True):
        st.html(document_html(doc["text"], figures.to_dict("records"), identifiers.to_dict("records")))
    st.caption(md_escape(f"来源文件：{doc['source_path']} · 解析器版本 {doc['parser_version']}"))
    if web_url(doc["url"]):
        st.html(f'<a href="{html.escape(doc["url"])}" target="_blank" rel="noopener noreferrer nofollow">原文链接</a>')


main()
