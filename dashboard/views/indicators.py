"""Every indicator with values (`/indicators`): its latest national value (linked to its sentence), the newest
period with provincial values, a sparkline of the national outcomes year by year, how many values and sources;
each row opens the indicator's page."""

from __future__ import annotations

import streamlit as st

from dashboard import db, indicators, queries
from dashboard.fmt import LINK_LABEL


def main() -> None:
    st.title("指标")
    index = db.query(queries.indicator_index)
    if index.empty:
        st.info("数据仓库中还没有指标数值。")
        return
    st.caption(f"共 {len(index)} 个指标有数值，按数值个数排列。点击指标名称查看它的历年数值、各省份数值和全部来源；"
               "点击“查看原句”打开全国最新数值的出处。")
    table = indicators.index_table(index)
    st.dataframe(
        table, hide_index=True, height=min(760, 38 + 35 * len(table)), placeholder="—",
        column_config={
            "指标": st.column_config.LinkColumn("指标", display_text=LINK_LABEL, width="medium"),
            "全国出处": st.column_config.LinkColumn("全国出处", display_text=LINK_LABEL, width="small"),
            "全国历年实际": st.column_config.LineChartColumn("全国历年实际", width="small"),
            "数值": st.column_config.NumberColumn("数值", help="各地区、各时间的数值个数"),
            "来源": st.column_config.NumberColumn("来源", help="这些数值背后的数字个数"),
            "地区": st.column_config.NumberColumn("地区", help="有数值的地区个数"),
        },
    )


main()
