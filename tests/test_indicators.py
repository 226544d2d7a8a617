"""Indicators, status and reference period (issue 9): the catalogue, real report sentences read by hand
(tests/data/indicator_sentences.jsonl: every figure of each sentence with its indicator, status and period), the
national GDP growth series and the provinces' 2026 targets over the whole corpus, and the series views."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from etl.context.indicators import CatalogueError, catalogue, load_catalogue
from etl.context.pipeline import analyse
from etl.context.reader import make_document, read_path
from tests.shared import shared

DATA = Path(__file__).parent / "data"
ROWS = [json.loads(line) for line in (DATA / "indicator_sentences.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()]
GAPS = {row["case"]: row["reason"] for row in csv.DictReader((DATA / "indicator_gaps.csv").open(encoding="utf-8"))}


def _analysed(text: str, meta: dict | None = None) -> list:
    """The analysed facts of a text read as one document with ``meta``."""
    return analyse(make_document(text, "t", "t", meta)).facts


# --- the catalogue ---------------------------------------------------------------------------------------------

REQUIRED = {  # id: (unit, measure) that issue 9 asks for
    "gdp_growth": ("%", "change"), "gdp": ("元", "level"), "cpi": ("%", "any"), "urban_new_jobs": ("人", "level"),
    "surveyed_unemployment": ("%", "level"), "registered_unemployment": ("%", "level"), "grain_output": ("吨", "level"),
    "deficit_ratio": ("%", "level"), "fiscal_revenue": ("元", "level"), "general_budget_revenue": ("元", "level"),
    "fixed_asset_investment": ("元", "level"), "retail_sales": ("元", "level"), "trade_total": ("元", "level"),
    "foreign_investment_used": ("美元", "level"), "disposable_income_per_capita": ("元", "level"),
    "urbanization_rate": ("%", "level"), "energy_intensity": ("%", "change"), "rd_intensity": ("%", "level"),
    "life_expectancy": ("岁", "level"), "poverty_reduction": ("人", "any"), "hotline_requests": ("件", "level"),
    "registered_volunteers": ("人", "level"), "social_workers": ("人", "level"),
}


@pytest.mark.parametrize(("indicator", "form"), REQUIRED.items())
def test_catalogue_has_the_required_indicators(indicator, form):
    entry = catalogue().indicators[indicator]
    assert (entry.unit, entry.measure) == form


def test_catalogue_is_large_and_growth_rates_are_separate():
    indicators = catalogue().indicators
    assert len(indicators) >= 60
    assert indicators["gdp_growth"].family == "gdp" and indicators["retail_sales_growth"].family == "retail_sales"


GOOD = """
[gap]
words = ["增长"]
patterns = []
after_lead = []
[[indicator]]
id = "gdp"
name = "生产总值"
phrases = ["生产总值"]
kind = "money"
unit = "元"
measure = "level"
topic = "economy"
additive = true
direction = "up"
description = "x"
"""


@pytest.mark.parametrize(("change", "message"), [
    pytest.param(('id = "gdp"', 'id = "gdp"\nfoo = 1'), "unknown", id="unknown field"),
    pytest.param(('kind = "money"', 'kind = "moolah"'), "kind", id="unknown kind"),
    pytest.param(('topic = "economy"', 'topic = "nowhere"'), "topic", id="unknown topic"),
    pytest.param(('measure = "level"', 'measure = "stock"'), "measure", id="unknown measure"),
    pytest.param(('direction = "up"', 'direction = "sideways"'), "direction", id="unknown direction"),
    pytest.param(('unit = "元"\n', ''), "missing", id="missing unit"),
    pytest.param(('phrases = ["生产总值"]', 'phrases = ["生产总值", "生产总值"]'), "twice", id="phrase twice"),
    pytest.param(('phrases = ["生产总值"]', 'phrases = []\nlike = "gnp"'), "unknown", id="like an unknown id"),
])
def test_catalogue_errors_are_loud(change, message):
    old, new = change
    assert old in GOOD
    with pytest.raises(CatalogueError, match=message):
        load_catalogue(GOOD.replace(old, new, 1), {"money"}, {"economy"})


def test_a_duplicate_id_is_an_error():
    with pytest.raises(CatalogueError, match="duplicate"):
        load_catalogue(GOOD + GOOD[GOOD.index("[[indicator]]"):], {"money"}, {"economy"})


def test_the_good_catalogue_loads():
    assert set(load_catalogue(GOOD, {"money"}, {"economy"}).indicators) == {"gdp"}


# --- real sentences read by hand -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def analyses():
    wanted = {row["doc_id"] for row in ROWS}
    return {d.doc_name: (d, analyse(d)) for d in read_path([shared("corpus")]) if getattr(d, "doc_name", "") in wanted}


def _cases():
    for row in ROWS:
        cursor = 0
        for figure in row["figures"]:
            at = row["sentence"].find(figure["mention"], cursor)
            if at < 0:
                at = row["sentence"].rfind(figure["mention"], 0, cursor)
            cursor = at + len(figure["mention"])
            case = f"{row['doc_id']}|{row['sentence'][:12]}|{figure['mention']}|{figure['indicator']}"
            marks = [pytest.mark.xfail(strict=True, reason=GAPS[case])] if case in GAPS else []
            yield pytest.param(row, at, figure, id=case, marks=marks)


@pytest.mark.parametrize(("row", "at", "figure"), list(_cases()))
def test_indicator_status_and_period(analyses, row, at, figure):
    doc, analysis = analyses[row["doc_id"]]
    start = doc.text.index(row["sentence"]) + at
    end = start + len(figure["mention"])
    found = next((a for a in analysis.facts if a.fact.char_start < end and start < a.fact.char_end), None)
    assert found is not None, "no figure there"
    assert (found.indicator, found.status, found.period) == (figure["indicator"], figure["status"], figure["period"])


@pytest.mark.parametrize(("sentence", "mention", "period"), [
    pytest.param("十四五时期地区生产总值年均增长5.5%", "5.5%", "2021-2025", id="a plan opening the sentence"),
    pytest.param("“十四五”时期，年均增长5%", "5%", "2021-2025", id="a plan in quotes"),
    pytest.param("地区生产总值较“十三五”末净增1万亿元", "1万亿元", "2021-2025",
                 id="较 a plan's end: a base, the change over the years since"),
    pytest.param("比十三五末增长20%", "20%", "2021-2025", id="比 a plan's end"),
    pytest.param("与“十三五”时期相比，增长20%", "20%", "2025", id="与 a plan"),
    pytest.param("内河港口吞吐量5年增长1.6倍", "1.6倍", "2021-2025", id="N years in digits before a change"),
    pytest.param("财政收入达到1350亿元，3年增长58.6%", "58.6%", "2023-2025", id="three years"),
    pytest.param("2025年增长5.2%", "5.2%", "2025", id="a year's digits are no span"),
    pytest.param("力争3年增长一倍", "一倍", "2026", id="N years ahead are no span of the past"),
    pytest.param("企业成立8年增长了10倍", "10倍", "2025", id="N years since a start are no span of the report"),
])
def test_a_plan_name_is_a_period_unless_it_is_a_base(sentence, mention, period):
    """In a report of 2026 that reviews 2025, under a heading that names no year."""
    from etl.context.reference import Section, reference

    got = reference(sentence, sentence.index(mention), Section(None, None, None, True), 2026, "change")
    assert got.period == period


@pytest.mark.parametrize(("sentence", "mention", "doc_year", "measure", "expected"), [
    pytest.param("“十五五”时期，为实现2035年远景目标，地区生产总值年均增长5%左右。", "5%左右", 2026, "change",
                 ("plan", "2026-2030"), id="the year in the name of a goal is not the figure's"),
    pytest.param("常住人口由上年920万人增加到925万人。", "920万人", 2026, "level", ("actual", "2024"),
                 id="上年 is the year before the one reviewed"),
    pytest.param("常住人口由上年920万人增加到925万人。", "925万人", 2026, "level", ("actual", "2025"),
                 id="上年 holds for its own value only"),
    pytest.param("居民收入从2021年的3.1万元和1.2万元分别提高到3.9万元和1.6万元。", "1.6万元", 2026, "level",
                 ("actual", "2025"), id="the second value a list reaches"),
    pytest.param("今后五年，城乡居民收入年均增长6%左右。", "6%左右", 2023, "change", ("plan", "2023-2027"),
                 id="今后五年 is a plan and its years"),
    pytest.param("社会商品零售总额将达到650亿元，比一九五八年的548亿元增长19%。", "548亿元", 1959, "level",
                 ("actual", "1958"), id="the value compared with is an outcome of its year"),
    pytest.param("地区生产总值较“十三五”末的9000亿元增加4000亿元。", "9000亿元", 2026, "level", ("actual", "2020"),
                 id="the value at a plan's end"),
    pytest.param("一九五七年工业总产值将比一九五二年增长百分之九十。", "百分之九十", 1955, "change",
                 ("target", "1953-1957"), id="a base year in Chinese numerals"),
    pytest.param("一九八五年粮食产量比一九八○年增长百分之十二。", "百分之十二", 1983, "change", ("target", "1981-1985"),
                 id="a change over years that end after the document is a goal"),
    pytest.param("争取中央预算内投资150亿元、增长14.3%。", "150亿元", 2026, "level", ("actual", "2025"),
                 id="争取 before funds is no goal: secured, in a review"),
    pytest.param("争取全社会固定资产投资增长8%。", "8%", 2026, "change", ("target", "2026"),
                 id="争取 before a rate of investment is a goal"),
    pytest.param("城镇新增就业26万人，上年为25.6万人。", "25.6万人", 2026, "level", ("actual", "2024"),
                 id="上年 holds for its own value after 为"),
    pytest.param("今年拟安排财政赤字1.62万亿元，赤字率从去年的2.1%提高到2.3%。", "2.3%", 2015, "level", ("target", "2015"),
                 id="the value a goal reaches from last year's is a goal"),
    pytest.param("争取１９９７年粮食产量达到４．７５亿吨。", "４．７５亿吨", 1993, "level", ("plan", "1997"),
                 id="a goal beyond the coming year is a plan's"),
    pytest.param("一九八二年同一九七八年相比，社会商品零售总额由一千五百五十九亿元增加到二千五百七十亿元，增长百分之六十四点八。",
                 "一千五百五十九亿元", 1983, "level", ("actual", "1978"), id="a frame of years in Chinese numerals: the base"),
    pytest.param("一九八二年同一九七八年相比，社会商品零售总额由一千五百五十九亿元增加到二千五百七十亿元，增长百分之六十四点八。",
                 "百分之六十四点八", 1983, "change", ("actual", "1979-1982"),
                 id="a frame of years in Chinese numerals: the change"),
    pytest.param("今年年末城镇调查失业率控制在5.5%左右。", "5.5%左右", 2015, "level", ("target", "2015"),
                 id="年末 after 今年 is the end of that year, not of the year reviewed"),
    pytest.param("2014年末全国城镇调查失业率为5.1％。", "5.1％", 2015, "level", ("actual", "2014-12-31"),
                 id="a year's end is its last day (the 年 of 年末 is the year's)"),
    pytest.param("我省今年粮食总产量1508.2亿斤，比2019年1500.6亿斤增加7.6亿斤。", "1500.6亿斤", 2021, "level",
                 ("actual", "2019"), id="the value compared with, without 的"),
    pytest.param("“十五”期间年均经济增长速度预期目标为7％左右。", "7％左右", 2001, "change", ("plan", "2001-2005"),
                 id="预期目标 over the coming plan's years is the plan's"),
    pytest.param("为实现本世纪末把我国人口控制在十二亿以内的目标而努力。", "十二亿以内", 1981, "level", ("plan", "2000"),
                 id="本世纪末 in a report of the 1980s is 2000"),
])
def test_reference_classes(sentence, mention, doc_year, measure, expected):
    """Under a heading that names no year, in a report that reviews the year before its own."""
    from etl.context.reference import Section, reference

    got = reference(sentence, sentence.index(mention), Section(None, None, None, True), doc_year, measure)
    assert (got.status, got.period) == expected


@pytest.mark.parametrize(("sentence", "mention", "doc_year", "expected"), [
    pytest.param("今后五年中央财政将投入100亿元支持职业教育发展。", "100亿元", 2006, ("plan", "2006-2010", "cumulative"),
                 id="an amount spent over the coming years is their total"),
    pytest.param("五年建成铁路新线1.6万公里，新增公路63.9万公里。", "63.9万公里", 2010, ("actual", "2005-2009", "cumulative"),
                 id="what was built over the span is its total"),
    pytest.param("今后三年各级政府拟投入8500亿元。", "8500亿元", 2009, ("plan", "2009-2011", "cumulative"),
                 id="今后三年 is the coming three years"),
    pytest.param("五年来，城镇化率达到65%。", "65%", 2025, ("actual", "2024", None), id="a level reached is the span's end"),
    pytest.param("五年中，这方面的投资占总投资的38.5%。", "38.5%", 2025, ("actual", "2024", None),
                 id="a share is no total"),
])
def test_span_totals(sentence, mention, doc_year, expected):
    from etl.context.reference import Section, reference

    got = reference(sentence, sentence.index(mention), Section(None, None, None, True), doc_year, "level")
    assert tuple(got) == expected


@pytest.mark.parametrize(("sentence", "mention", "status"), [
    pytest.param("国内生产总值比上年增长7.8％，虽然略低于8％的预定目标。", "8％", "target", id="the goal a result is set against"),
    pytest.param("全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。", "4%左右", "target",
                 id="the first of a list of goals"),
    pytest.param("国内生产总值比上年增长7.8％，为实现目标打下基础。", "7.8％", "actual", id="an outcome before a goal"),
    pytest.param("全省实现了生产总值增长6.5%左右目标。", "6.5%左右", "target", id="a goal named without 的"),
    pytest.param("全市完成了10个目标任务。", "10个", "actual", id="a count of goals is no goal's value"),
])
def test_goal_values(sentence, mention, status):
    """A figure that names a goal, in a review: the goal's value."""
    from etl.context.reference import Section, reference

    at = sentence.rindex(mention)
    got = reference(sentence, at, Section(None, None, None, True), 1999, "level", figure_end=at + len(mention))
    assert got.status == status


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("一产、二产、三产增加值分别增长5%左右、5%以上、5%左右。",
                 ["primary_industry_growth", "secondary_industry_growth", "services_value_added_growth"],
                 id="three sectors named once, their growth in order"),
    pytest.param("一产增加值增长6%左右，二产增加值增长6%左右。", ["primary_industry_growth", "secondary_industry_growth"],
                 id="a sector's short name"),
    pytest.param("粮食总产量增加109亿公斤，达到4024亿公斤。", [None, "grain_output"],
                 id="a change of another form passes its phrase to the level it reaches"),
    pytest.param("社会商品零售总额扣除价格因素增长百分之七点八。", ["retail_sales_growth"], id="retail sales' old name"),
    pytest.param("城镇居民人均可支配收入达到3.2万元，农村居民人均可支配收入达到1.5万元，扣除价格因素，分别增长4.8%和6.1%。",
                 ["urban_income_per_capita", "rural_income_per_capita", "urban_income_per_capita_growth",
                  "rural_income_per_capita_growth"], id="分别 spreads a list over the indicators of the clauses before"),
    pytest.param("城镇居民人均可支配收入达到3.2万元，农村居民人均可支配收入达到1.5万元，分别增长4.8%和6.1%。",
                 ["urban_income_per_capita", "rural_income_per_capita", "urban_income_per_capita_growth",
                  "rural_income_per_capita_growth"], id="分别 right after the level it could qualify"),
    pytest.param("城镇居民、农村居民人均可支配收入分别增长4.1%、6.3%。",
                 ["urban_income_per_capita_growth", "rural_income_per_capita_growth"], id="a shared head elided"),
    pytest.param("职工家庭按人口平均的生活费收入达到６０２元，农民按人口平均的纯收入达到３５５元。",
                 ["urban_income_per_capita", "rural_income_per_capita"], id="income by its 1980s names"),
    pytest.param("全省生产总值连续跨越5万亿元、6万亿元两个台阶，年均增长6.1%。", [None, None, "gdp_growth"],
                 id="thresholds crossed, counted, then the growth"),
    pytest.param("地区生产总值迈上6万亿元台阶，达到62661亿元；经济总量连续迈上4万亿、5万亿两个台阶。",
                 ["gdp", "gdp", None, None], id="one threshold reached is a value; a counted list of them is none"),
    pytest.param("其中城镇、农村居民收入分别增长4.6%、6.2%。",
                 ["urban_income_per_capita_growth", "rural_income_per_capita_growth"], id="incomes by their short name"),
    pytest.param("脱贫地区农村居民人均可支配收入增长7.5%。", [None], id="脱贫地区: a narrower thing"),
    pytest.param("PM_2.5浓度为27.3微克/立方米，常住人口由上年1020万人增加到1026万人。", ["pm25", "population", "population"],
                 id="PM_2.5 as the corpus writes it; 由上年"),
    pytest.param("全社会研究与实验发展经费达到3664亿元。", ["rd_expenditure"], id="R&D spending's older name"),
    pytest.param("农村贫困人口比上年减少245万人。", ["poverty_reduction"], id="a base inside a phrase, before its verb"),
    pytest.param("赤字率在2%左右，城乡居民基础养老金标准统一由55元提高到70元。",
                 ["deficit_ratio", "basic_pension_minimum", "basic_pension_minimum"], id="在 and 统一 in the gap"),
    pytest.param("单位国内生产总值能耗、水耗均下降20%以上。", ["energy_intensity"],
                 id="均: the figure holds for each listed thing, the catalogued one too"),
    pytest.param("开发区规上工业增加值、工业投资年均分别增长5.9%、6.7%。", [None, None], id="年均 is no 均 of each"),
    pytest.param("出口逆势增长17.8%，进出口总值翻番达到2206亿元，地区生产总值历史性迈上4000亿元台阶。",
                 ["exports_growth", "trade_total_growth", "trade_total", "gdp"], id="adverbs of manner in the gap"),
    pytest.param("居民收入年均增长7.4%，农村居民收入增长6%，空气优良天数率稳定在90%左右，社会养老保险覆盖9亿多人。",
                 ["disposable_income_per_capita_growth", "rural_income_per_capita_growth", "good_air_days",
                  "basic_pension_insured"], id="short names of incomes, air quality and pension cover"),
    pytest.param("新开工改造600个老旧小区，全市有老旧小区3000个、80个老旧小区。", ["old_residential_renovation", None, None],
                 id="estates before their noun count renovations only after 改造"),
    pytest.param("学前教育毛入园率、义务教育巩固率、高中阶段和高等教育毛入学率分别达到93.5%、98.3%、98.5%、64.3%。",
                 [None, "compulsory_education_retention", None, "higher_education_enrolment"],
                 id="as many listed things as figures after 分别: the i-th figure is the i-th thing's"),
    pytest.param("对东盟、欧盟进出口分别增长16.7%、40.2%，规上工业增加值、规上服务业营收分别增长6.5%和7%。",
                 [None, None, "industrial_value_added_growth", None],
                 id="a phrase inside the last thing may be the head the things share (欧盟进出口)"),
    pytest.param("提出8%左右的国内生产总值增长目标，确定4.5%左右的增长目标。", ["gdp_growth", "gdp_growth"],
                 id="a rate before the growth goal it names"),
    pytest.param("第一产业实现增加值6.4亿元，增长6.1%；全市城市化率从59.5%提高到62.9%；R&D占GDP比重达到4.51%；"
                 "实到外资金额增长10.1%；城镇新增就业人员1.59万人；市场主体存量达到111736户；大口径财政收入完成60233万元。",
                 [None, "primary_industry_growth", "urbanization_rate", "urbanization_rate", "rd_intensity",
                  "foreign_investment_used_growth", "urban_new_jobs", "business_entities", "fiscal_revenue"],
                 id="names of statistical communiques and city reports"),
    pytest.param("2020年，上海GDP预期增长目标在6%左右。", ["gdp_growth"], id="a growth goal word in the gap"),
    pytest.param("人均地区生产总值121630元(折合18083美元)，全市生产总值达到1000亿元（折合150亿美元）。",
                 ["gdp_per_capita", None, "gdp", None],
                 id="the same value in another currency restates the one before: no second value of the series"),
    pytest.param("全年进出口增长8%，跨境电商平台进出口增长27.4%。", ["trade_total_growth", None],
                 id="bare 进出口 names the total only as its clause's subject"),
    pytest.param("按2010年价格计算，2015年国内生产总值将超过55万亿元。按可比价格计算，国内生产总值增长5%。",
                 [None, "gdp_growth"], id="a level at a base year's prices is no value at current prices"),
    pytest.param("按2010年价格计算，国内生产总值将超过55万亿元，财政收入达到15万亿元。", [None, "fiscal_revenue"],
                 id="the prices' clause holds for the clause after it only"),
    pytest.param("共计减少财政收入五百二十亿元，每年减少粮食二、三十亿斤。", [None, None],
                 id="the phrase as a verb's object: an amount changed, not the level"),
    pytest.param("农村贫困人口比上年减少290万，城乡居民基础养老金最低标准从每月70元提高到88元。",
                 ["poverty_reduction", "basic_pension_minimum", "basic_pension_minimum"],
                 id="a bare 万 after a noun of people and a base; 每月 in the gap"),
    pytest.param("工业生产总值比上年增长19.7%，全市工业经济总量突破3万亿元。", [None, None],
                 id="industry's output is no GDP"),
    pytest.param("城镇居民人均可支配收入，考虑价格下降因素比上年实际增长9.3%；转移农业劳动力4500万人。",
                 ["urban_income_per_capita_growth", "rural_labour_transfer"], id="a deflator's wording; labour's"),
    pytest.param("外贸出口从5月份开始明显回升，全年达到2.5万亿元。", ["exports"],
                 id="a clause with no subject takes the one of the clause before"),
    pytest.param("粮食每亩平均年产量，在不同地区，分别达到四百斤、五百斤。", [None, None],
                 id="a phrase that modifies another noun is no subject to carry"),
    pytest.param("进出口总额4.51万亿元、出口2.6万亿元，2025年粮食播种面积1.8亿亩、总产量780亿斤。",
                 ["trade_total", None, "grain_area", "grain_output"],
                 id="a one-character modifier is none (进 of 进出口); a year opening the item is skipped"),
    pytest.param("全年建设高速公路120公里，新开通高速公路200公里，高速公路通车里程达到9000公里。",
                 [None, None, "expressway_mileage"], id="expressways built or opened are no mileage"),
    pytest.param("粮食播种面积1.8亿亩、总产量700亿斤。", ["grain_area", "grain_output"],
                 id="a list item's head takes the modifier of the item before"),
    pytest.param("地方一般公共预算收入增长3%、支出超过5000亿元。",
                 ["general_budget_revenue_growth", "general_budget_expenditure"], id="revenue, then expenditure"),
    pytest.param("新增公路5万公里，其中高速公路3000公里。高速公路由5000公里增至7000公里。",
                 [None, None, "expressway_mileage", "expressway_mileage"],
                 id="new roads are no mileage; expressways from one length to another are"),
    pytest.param("进出口总额5万亿元，其中出口3万亿元、增长8%。", ["trade_total", "exports", "exports_growth"],
                 id="exports as a part of trade"),
    pytest.param("农牧民转移就业60万人。", ["rural_labour_transfer"], id="herders' transfer"),
    pytest.param("农牧区劳动力实现转移就业100万人次。", ["rural_labour_transfer"], id="pastoral areas' labour"),
    pytest.param("居民消费价格微降0.2%，货物贸易增长6%。", ["cpi", "trade_total_growth"],
                 id="any change verb of the lexicon between phrase and figure"),
    pytest.param("地区生产总值跨越4个千亿元台阶，达到2.1万亿元。", [None, "gdp"], id="the thresholds crossed"),
    pytest.param("全国农业生产总值是三百二十六亿元。", [None], id="a sector's output is no GDP"),
    pytest.param("财政赤字占国内生产总值的比重从3%降到2.5%。", ["deficit_ratio", "deficit_ratio"],
                 id="the deficit ratio spelled out"),
    pytest.param("电力总装机达到1.2亿千瓦。", ["power_capacity"], id="total power capacity"),
    pytest.param("制造业采购经理指数为50.1%，非制造业采购经理指数为52%。", ["pmi", None], id="the manufacturing PMI"),
    pytest.param("研究与试验发展经费支出与国内生产总值之比超过2%，能耗强度下降4.8%，赤字率从去年的2.1%提高到2.3%。",
                 ["rd_intensity", "energy_intensity", "deficit_ratio", "deficit_ratio"],
                 id="ratios and intensities by their other names; 去年的 between a phrase and its figure"),
    pytest.param("城镇保障性住房基本建成470万套，城乡居民基础养老金标准由55元提高到70元。",
                 ["affordable_housing", "basic_pension_minimum", "basic_pension_minimum"], id="housing built; pensions"),
    pytest.param("今年拟安排财政赤字13500亿元，其中中央财政赤字9500亿元。", ["deficit", None],
                 id="a phrase after 其中 names a part of the figure before"),
    pytest.param("城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。",
                 ["urban_income_per_capita", "rural_income_per_capita", "urban_income_per_capita_growth",
                  "rural_income_per_capita_growth"], id="changes after as many levels, in order, without 分别"),
    pytest.param("铁路营业里程达到16万公里，其中高铁营业里程4.5万公里。", ["railway_mileage", "high_speed_rail_mileage"],
                 id="high-speed rail is a part of the railway"),
    pytest.param("可再生能源发电装机规模突破10亿千瓦，新增发电装机8970万千瓦。", ["renewable_power_capacity", None],
                 id="renewable capacity is a part; capacity added is no stock"),
    pytest.param("现在我国人口已经达到１２亿，在我们这样一个十亿人口的国家…", ["population", None],
                 id="the population stated; not a country described by its people"),
    pytest.param("一九八二年全国农民平均每人的纯收入达到二百七十元，全国城镇共安排３７００多万人就业。",
                 ["rural_income_per_capita", "urban_new_jobs"], id="rural income and urban jobs in the 1980s' words"),
    pytest.param("确保粮食播种面积1530万亩、总产量125亿斤。", ["grain_area", "grain_output"],
                 id="an elided list item after a goal's word"),
    pytest.param("规模以上工业企业达7.6万家、增加值增长3%。", [None, "industrial_value_added_growth"],
                 id="an elided list item whose modifier opens with a gap word"),
    pytest.param("“新三样”出口规模达8536亿元，软件和信息技术服务业增加值增长9.6%。", [None, None],
                 id="a named class of goods and a branch of services are parts"),
    pytest.param("固定资产投资增长幅度由上年的58.6%回落到27.8%。",
                 ["fixed_asset_investment_growth", "fixed_asset_investment_growth"],
                 id="a rate word in the gap names the phrase's change, and the rate it falls to"),
    pytest.param("财政收入从2002年的18914亿元增加到2007年的51304亿元，平均每年增加6478亿元。",
                 ["fiscal_revenue", "fiscal_revenue", None], id="a yearly increase is no level"),
    pytest.param("为了实现在本世纪末把我国人口控制在１２亿左右的目标。", ["population"],
                 id="a bare number of people after 控制在"),
    pytest.param("全国研究与试验开发经费，从1997年的509亿元增加到2002年的1161亿元，占国内生产总值的比重从0.64%提高到1.13%。",
                 ["rd_expenditure", "rd_expenditure", "rd_intensity", "rd_intensity"],
                 id="a share of GDP after the subject's figures is the subject's intensity"),
    pytest.param("服务业增加值增长8%，占国内生产总值比重51.6%。", ["services_value_added_growth", None],
                 id="a share of GDP of a subject the catalogue has no share for"),
    pytest.param("扣除房地产开发投资后，固定资产投资增长2.7%；扣除价格因素，城镇居民人均可支配收入增长5%。",
                 [None, "urban_income_per_capita_growth"], id="a variant that takes something out; a deflator"),
    pytest.param("重庆成为中西部地区首个经济总量超过3万亿元的城市，经济总量超千亿元的县域达12个。", [None, None],
                 id="a threshold for a class of places (the one before its count is no figure at all)"),
    pytest.param("一、二、三产业增加值分别增长4.2%、5%、5.4%，第一、第三产业增加值分别增长3.1%、4.6%。",
                 ["primary_industry_growth", "secondary_industry_growth", "services_value_added_growth",
                  "primary_industry_growth", "services_value_added_growth"], id="sectors listed by their numbers"),
    pytest.param("单位国内生产总值能耗和二氧化碳排放分别降低16%和17%，城乡居民人均收入年均增长5.3％、7.7％。",
                 ["energy_intensity", "carbon_intensity", "urban_income_per_capita_growth",
                  "rural_income_per_capita_growth"], id="two intensities and two incomes named once"),
    pytest.param("全年接待游客3亿人次、总花费超过4500亿元。", ["tourist_visits", "tourism_revenue"],
                 id="an elided list item after a verb and a year word"),
    pytest.param("地区生产总值连跨两个万亿元台阶，年均增长5.7%。", [None, "gdp_growth"],
                 id="a count of thresholds crossed, then the growth"),
    pytest.param("地区生产总值突破3万亿元、达3.6万亿元，改造老旧小区1225个。", [None, "gdp", "old_residential_renovation"],
                 id="the threshold crossed before the value reached"),
    pytest.param("退役军人、残疾人新增就业均超7.3万人，争取中央预算内投资140.3亿元。", [None, None],
                 id="a group's new jobs; the central investment a province secured"),
    pytest.param("建设筹集保障性租赁住房6.7万套，竣工各类保障房10万套，完成城镇棚户区改造73.5万套，净增经营主体242.8万户。",
                 ["affordable_rental_housing", "affordable_housing", "shantytown_renovation", None],
                 id="housing programmes apart; a net addition is no stock"),
    pytest.param("非烟非能工业增加值增长8.1%，社会消费品零售总额、固定资产投资增长4%左右。", [None, None],
                 id="what is left when something is taken out; one figure for two indicators"),
    pytest.param("全年新登记各类经营主体94.6万户，经营主体总量达500万户，惠州博罗成为生产总值超千亿元县。",
                 [None, "business_entities", None], id="an addition named before the stock's phrase; a class of counties"),
    pytest.param("出口增长10.1%，机电产品出口增长10%，出口退税100亿元，对东盟出口增长5%。",
                 ["exports_growth", None, None, None], id="出口 names exports only as its clause's subject"),
    pytest.param("新增省级创新平台30个、高新技术企业150家，新增发电装机4178万千瓦、总装机达9157万千瓦，"
                 "新增农村劳动力转移就业40万人。", [None, None, None, "power_capacity", "rural_labour_transfer"],
                 id="a list of additions names no stock; what it reached does; a flow's addition is its value"),
    pytest.param("年末常住人口3900万人，其中城镇常住人口2226.50万人、乡村常住人口1673.5万人。",
                 ["population", "urban_population", None],
                 id="the urban and rural parts of a population are no population (the urban part is its own)"),
    pytest.param("其中，城镇常住人口2352万人，占总人口比重为61.8%，比上年末提高1.03个百分点。",
                 ["urban_population", "urbanization_rate", None], id="the urban population's share is urbanization"),
    pytest.param("农村常住人口1454万人，占总人口比重为38.2%。", [None, None], id="the rural share is no urbanization"),
    pytest.param("一季度内蒙古实现GDP3495.54亿元，同比增长7.2%。", ["gdp", "gdp_growth"],
                 id="GDP written close to its value"),
    pytest.param("今年一季度，合肥市GDP总量2690.6亿元(按可比价格计算)，同比增长4.8%。", ["gdp", "gdp_growth"],
                 id="the prices a value is at in brackets"),
    pytest.param("多地均将2023年GDP增速目标拟定为7%及以上。", ["gdp_growth"], id="a goal set for a rate"),
    pytest.param("2021年无为市粮食种植总面积124.97万亩，同比基本持平；总产55.58万吨，较上年增加2.66万吨。",
                 ["grain_area", None, "grain_output", None],
                 id="a head alone after a semicolon takes the modifier before it"),
    pytest.param("连续6年粮食总产稳定在1300亿斤以上，播种面积保持在1.6亿亩。", [None, "grain_output", "grain_area"],
                 id="a head alone takes the modifier of the phrase before it"),
    pytest.param("全省规模以上工业增加值增长14.0%，比全国快2.2个百分点；两年平均增长8.4%，比全国快2个百分点。",
                 ["industrial_value_added_growth", None, "industrial_value_added_growth", None],
                 id="a rate opening the sentence after a semicolon continues its subject"),
    pytest.param("全市生产总值达2085亿元，占全省比重提高到26%；增速达16%，继续保持前列。", ["gdp", None, "gdp_growth"],
                 id="增速 after a semicolon is the growth of the subject before"),
    pytest.param("一般公共预算收入增长10%；非税收入增长8%。", ["general_budget_revenue_growth", None],
                 id="a subject of its own is not continued"),
    pytest.param("城乡居民人均可支配收入分别达到 28076元和 11600元，年均增长 10.1%和 13%。", ["urban_income_per_capita",
                 "rural_income_per_capita", "urban_income_per_capita_growth", "rural_income_per_capita_growth"],
                 id="a split list with web text's stray spaces"),
    pytest.param("其中，南京预计实现地区生产总值1.27万亿，可比价增长8%。", ["gdp", "gdp_growth"], id="可比价 in the gap"),
    pytest.param("全社会研发经费投入年均增长10.5%，高技术制造业增加值增长17.5%，规上企业研发经费投入增长14.2%。",
                 ["rd_expenditure_growth", "high_tech_manufacturing_growth", None],
                 id="R&D spending and high-tech manufacturing growth; a part's R&D is no R&D"),
    pytest.param("战略性新兴产业和高技术制造业增加值年均增长8%、7.2%。", [None, "high_tech_manufacturing_growth"],
                 id="things listed before as many figures, without 分别: the i-th figure is the i-th thing's"),
    pytest.param("居民消费价格受猪肉等食品价格结构性上涨拉动，全年上涨3.1%。", ["cpi"], id="a subject before 受 carries"),
    pytest.param("全省居民消费价格总指数比上年上涨0.6%。", ["cpi"], id="居民消费价格总指数"),
    pytest.param("工业生产者出厂价格同比上涨7.8%，3月份同比上涨7.9%。", ["ppi", "ppi"], id="a month between items"),
    pytest.param("其中区本级一般公共预算收入264315万元，增长4.8%。", [None, None], id="区本级: a part of the budget"),
    pytest.param("完成高标准农田建设51.2万亩。", ["high_standard_farmland"], id="高标准农田建设 before its figure"),
    pytest.param("全年粮食产量80.3万吨，下降2.4%，其中：小春粮食产量14.8万吨，增长1.4%。",
                 ["grain_output", "grain_output_growth", None, None],
                 id="one harvest's grain is a part of the year's"),
    pytest.param("上半年，山西GDP为7482.75亿元，同比增长6.8%，增速比一季度(6.2%)加快0.6个百分点。",
                 ["gdp", "gdp_growth", "gdp_growth", None], id="the value of the base compared with, in brackets"),
    pytest.param("全区规模以上工业增加值同比下降8.7%，低于全市(0.2%)8.9个百分点。",
                 ["industrial_value_added_growth", "industrial_value_added_growth", None],
                 id="a wider region's value in brackets after 低于"),
    pytest.param("全县工业增加值增长6.0%，其中规模以上工业增加值增长7.2%；全部工业增加值增长5%，规模工业增加值增长6.2%。",
                 [None, "industrial_value_added_growth", None, "industrial_value_added_growth"],
                 id="all industry's value added is not that of industry above the designated size"),
    pytest.param("全县规模以上工业增加值同比增长7.5%(全市11.1%)，较去年同期回落0.9个百分点；地区生产总值增长6%，全省增长5.8%，"
                 "比全省高0.2个百分点。", ["industrial_value_added_growth", "industrial_value_added_growth", None, "gdp_growth",
                                  "gdp_growth", None],
                 id="a wider region's value set beside the place's, in brackets or its own clause; not a difference"),
    pytest.param("全县实现地区生产总值1620612万元，按可比价计算，同比增长7.9%。今年预期目标：地区生产总值增7.5%-8%。",
                 ["gdp", "gdp_growth", "gdp_growth"], id="按可比价计算 and 增 between a phrase and its figure"),
    pytest.param("扬州全市GDP连续迈上5000亿元、6000亿元两大台阶，又跨越7万亿元、8万亿元2个大台阶。", [None, None, None, None],
                 id="两大台阶, 2个大台阶 count thresholds too"),
    pytest.param("全县规模以上工业增加值同比增长7.5%（全市为11.1%）。", ["industrial_value_added_growth"] * 2,
                 id="a wider region's value after 为"),
    pytest.param("2024年，江北区地区生产总值增长5%。", ["gdp_growth"], id="a name of several places is a place"),
    pytest.param("城乡居民人均可支配收入2.33万元，年均增长6.7%；城乡居民人均可支配收入分别增长6.5%、8%。",
                 ["disposable_income_per_capita", "disposable_income_per_capita_growth", "urban_income_per_capita_growth",
                  "rural_income_per_capita_growth"], id="one figure of 城乡居民 is all residents', a list urban then rural"),
    pytest.param("生产总值跨越8000亿元大关、达到8349.86亿元；地区生产总值突破700亿元(人民币,下同),达到741.84亿元,同比增长6.7%。",
                 [None, "gdp", None, "gdp", "gdp_growth"], id="a threshold's 大关 before the value reached; an aside on money"),
    pytest.param("进出口总值首破3000亿元,达到3303.87亿元、增长29.6%。单位地区生产总值综合能耗下降4%。一季度地区生产总值同比增长9.7%,"
                 "上半年增长8.2%,前三季度增长8.5%。第一产业增加值92.45亿元,可比增长3.7%。",
                 [None, "trade_total", "trade_total_growth", "energy_intensity", "gdp_growth", "gdp_growth", "gdp_growth", None,
                  "primary_industry_growth"], id="首破; 综合能耗; parts of the year between list items; 可比增长"),
    pytest.param("第一产业增长9.1%达21.2亿元,第三产业增长8.4%；规模以上工业增加值358亿元,比2009年翻1.2番,同比增长26%；"
                 "新登记经营主体320万户、增长13%，总量达2037.7万户。",
                 ["primary_industry_growth", None, "services_value_added_growth", None, "industrial_value_added_growth",
                  None, None, "business_entities"], id="a sector by its name alone; 翻N番 in the gap; an item's head after the name's end"),
    pytest.param("万元地区生产总值能耗下降3.2%，万元地区生产总值二氧化碳排放量下降3.9%，万元地区生产总值用水量下降3%。",
                 ["energy_intensity", "carbon_intensity", None], id="carbon intensity per 万元 and with 排放量"),
    pytest.param("湘南地区生产总值10512.1亿元，增长5.4%；南疆五地州地区生产总值年均增长6%；其中地区生产总值增长5%，"
                 "成都市地区生产总值增长6%；六县(市)生产总值实现3231.2亿元，全县生产总值增长5%。",
                 [None, None, None, "gdp_growth", "gdp_growth", None, None, "gdp_growth"],  # (六县: a count of counties)
                 id="an area the gazetteer does not know is no place's product; a word or a place before it is"),
    pytest.param("单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。", [None, "energy_intensity", "carbon_intensity"],
                 id="the first thing's modifier holds for the things listed after it"),
    pytest.param("地区生产总值增长5.2%、约4.4万亿元，一般公共预算收入增长8.2%、突破6000亿元。",
                 ["gdp_growth", "gdp", "general_budget_revenue_growth", "general_budget_revenue"],
                 id="an amount after a rate with 、 is the level of what grew, not a member of a list of changes"),
    pytest.param("分产业看：第一产业增加值10.5亿元、第二产业增加值88.2亿元、第三产业增加值101.3亿元，分别增长3.1%、6.2%和7.5%。",
                 [None, None, None, "primary_industry_growth", "secondary_industry_growth", "services_value_added_growth"],
                 id="growth rates after 分别 are the listed levels' in order, though the catalogue has their growth only"),
    pytest.param("全年规模以上工业增加值、固定资产投资、进出口分别增长5.2%、6.8%和11%。",
                 ["industrial_value_added_growth", "fixed_asset_investment_growth", "trade_total_growth"],
                 id="进出口 as the last of a list that is its clause's subject"),
    pytest.param("地方级公共财政预算收入12.3亿元，公共财政支出45.6亿元。",
                 ["general_budget_revenue", "general_budget_expenditure"],
                 id="the budget's names of the local level and of the years before 2015"),
    pytest.param("GDP迈上千亿台阶，预计增长7%，总量达1040亿元。", ["gdp_growth", "gdp"],
                 id="a level stepped onto (迈上千亿) is no figure between a subject and its rate"),
    pytest.param("从GDP指标看，上半年同比增长5.8%。从行业看，制造业增长6%。", ["gdp_growth", None],
                 id="从…看 names the subject of the clauses after it"),
    pytest.param("该省粮食作物播种面积继续保持稳中略增，达到17346.5万亩。全省新建高标准粮田951.7万亩，又有117万农村贫困人口实现稳定脱贫。",
                 ["grain_area", "high_standard_farmland", "poverty_reduction"],
                 id="a subject after a scope word carried past 继续…; 高标准粮田; 实现稳定脱贫"),
])
def test_indicator_classes(sentence, expected):
    assert [a.indicator for a in _analysed(sentence)] == expected


def test_every_gap_is_a_case():
    cases = {p.id for p in _cases()}
    assert set(GAPS) <= cases


# --- the whole corpus ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    from etl.cli import main

    db = tmp_path_factory.mktemp("corpus") / "facts.duckdb"
    assert main(["ingest", str(shared("corpus")), "--db", str(db)]) == 0
    con = duckdb.connect(str(db), read_only=True)
    yield con
    con.close()


def _series_gaps():
    gaps: dict[str, str] = {}  # year → why its actual growth is not read (1997 and 2016 now are)
    for row in csv.DictReader((DATA / "gdp_growth_national.csv").open(encoding="utf-8")):
        if row["doc_id"]:
            marks = [pytest.mark.xfail(strict=True, reason=gaps[row["year"]])] \
                if row["status"] == "actual" and row["year"] in gaps else []
            yield pytest.param(row, id=f"{row['year']}-{row['status']}", marks=marks)


@pytest.mark.parametrize("row", list(_series_gaps()))
def test_national_gdp_growth_series(corpus_db, row):
    """Every year whose growth (or target) a report states is in indicator_series, with the stated value
    (tests/data/gdp_growth_national.csv, read from the reports by hand)."""
    found = corpus_db.execute(
        "select value, value_high from indicator_series where indicator = 'gdp_growth' and region_code = '000000' "
        "and period = ? and status = ?", [row["year"], row["status"]]).fetchone()
    assert found is not None
    assert found[0] == Decimal(row["value"])
    assert found[1] == (Decimal(row["value_high"]) if row["value_high"] else None)


def _targets():
    for row in csv.DictReader((DATA / "gdp_growth_targets_2026.csv").open(encoding="utf-8")):
        yield pytest.param(row, id=row["region"])


@pytest.mark.parametrize("row", list(_targets()))
def test_provincial_2026_gdp_growth_targets(corpus_db, row):
    found = corpus_db.execute(
        "select s.value, s.value_high, s.approx from indicator_series as s join regions as r using (region_code) "
        "where s.indicator = 'gdp_growth' and s.period = '2026' and s.status = 'target' and r.name = ?",
        [row["region"]]).fetchone()
    assert found is not None
    assert found[0] == Decimal(row["value"])
    assert found[1] == (Decimal(row["value_high"]) if row["value_high"] else None)
    assert found[2] == (row["approx"] or None)


def test_every_fact_id_of_a_series_is_a_fact(corpus_db):
    (missing,) = corpus_db.execute(
        "select count(*) from (select unnest(fact_ids) as fact_id from indicator_series) as s "
        "where fact_id not in (select fact_id from facts)").fetchone()
    (sources,) = corpus_db.execute("select sum(n_sources) from indicator_series").fetchone()
    (facts,) = corpus_db.execute("select count(*) from indicator_values").fetchone()
    assert missing == 0 and sources == facts > 0


def test_no_outcome_is_after_its_document(corpus_db):
    (late,) = corpus_db.execute(
        "select count(*) from facts where status = 'actual' and regexp_matches(period, '^[0-9]{4}') "
        "and cast(substr(period, 1, 4) as integer) > year(doc_date)").fetchone()
    assert late == 0


# A label that does not read as one: empty, one character, ending in a verb or particle that leads into a
# number, or starting with a particle that continues something before it. (The definition of issue 9, written
# here independently of the labeller.)
_DANGLING_END = ("控制在", "稳定在", "保持在", "达到", "为", "是", "的", "和", "与", "及", "或", "年", "由", "从", "在", "把",
                 "将", "对", "至", "到", "约", "近", "超", "逾", "共", "分别", "其中", "方面", "原则")
_DANGLING_START = ("的", "和", "与", "及", "或", "了", "之", "等")


def _junk(label: str) -> bool:
    return len(label) < 2 or label.endswith(_DANGLING_END) or label.startswith(_DANGLING_START)


def test_metric_labels_read_as_labels(corpus_db):
    """On the corpus 18 % of the labels were junk before issue 9 (2,260 of 12,531); now under 8 %."""
    labels = [m for (m,) in corpus_db.execute("select metric from facts").fetchall()]
    share = sum(map(_junk, labels)) / len(labels)
    assert share < 0.08, f"{share:.1%} of {len(labels)} labels are junk"


# --- the series views on hand-built documents (values chosen so the expected rows can be written down) -----------


@pytest.fixture(scope="module")
def series_db(tmp_path_factory, hand):
    from etl.load import publish

    G = dict(unit="%", kind="percent", measure="change", region="510000", topic="social_work", metric="地区生产总值",
             indicator="gdp_growth")
    docs = [
        hand.build("report_a", "地区生产总值增长5.6%。预期目标是增长5.5%左右。", (
            hand.Spec("5.6%", "5.6", period="2025", status="actual", **G),
            hand.Spec("5.5%左右", "5.5", approx="about", period="2025", status="target", **G),
        ), date="2026-01-20"),
        hand.build("bulletin_b", "全省地区生产总值增长5.6%。", (
            hand.Spec("5.6%", "5.6", period="2025", status="actual", **G),), date="2026-02-20"),
        hand.build("news_c", "今年地区生产总值增长5.4%。", (
            hand.Spec("5.4%", "5.4", period="2024", status="actual", **G),), date="2024-12-30"),
        hand.build("news_d", "地区生产总值增长6%。", (
            hand.Spec("6%", "6", period="2024", status="actual", **G),), date="2025-01-10"),
        hand.build("plan_e", "目标是增长6%以上，增长7%左右。", (
            hand.Spec("6%以上", "6", approx="at_least", period="2024", status="target", **G),
            hand.Spec("7%左右", "7", approx="about", period="2023", status="target", **G),
        ), date="2024-01-10"),
        hand.build("bulletin_f", "年末地区生产总值增长7.1%。", (
            hand.Spec("7.1%", "7.1", period="2023-12-31", status="actual", **G),), date="2024-03-01"),
        hand.build("plan_g", "年底前增长8%以上。", (
            hand.Spec("8%以上", "8", approx="at_least", period="2022-12-31", status="target", **G),), date="2022-01-10"),
        hand.build("bulletin_h", "地区生产总值增长8.1%。", (
            hand.Spec("8.1%", "8.1", period="2022", status="actual", **G),), date="2023-03-01"),
    ]
    db = tmp_path_factory.mktemp("series") / "facts.duckdb"
    topics = [*hand.topics, type(hand.topics[0])("economic_growth", "经济增长", None)]
    publish(db, docs, hand.regions, topics, parser_version="test", indicators=[catalogue().indicators["gdp_growth"]])
    con = duckdb.connect(str(db), read_only=True)
    yield con
    con.close()


def test_series_rows_sources_and_conflicts(series_db):
    rows = series_db.execute(
        "select period, status, value, n_sources, len(fact_ids), conflict from indicator_series order by period, status"
    ).fetchall()
    assert rows == [
        ("2022", "actual", Decimal("8.1"), 1, 1, False),
        ("2022-12-31", "target", Decimal("8"), 1, 1, False),
        ("2023", "target", Decimal("7"), 1, 1, False),
        ("2023-12-31", "actual", Decimal("7.1"), 1, 1, False),
        ("2024", "actual", Decimal("6"), 2, 2, True),  # 5.4 and 6 differ by more than half a unit of 6; the newer wins
        ("2024", "target", Decimal("6"), 1, 1, False),
        ("2025", "actual", Decimal("5.6"), 2, 2, False),  # two documents agree
        ("2025", "target", Decimal("5.5"), 1, 1, False),
    ]


def test_targets_against_outcomes(series_db):
    rows = series_db.execute("select period, target, actual, outcome from target_vs_actual order by period").fetchall()
    assert rows == [
        ("2022-12-31", Decimal("8"), Decimal("8.1"), "met"),  # a target for the year's end: the year's outcome
        ("2023", Decimal("7"), Decimal("7.1"), "met"),  # no outcome for 2023: the level at its end
        ("2024", Decimal("6"), Decimal("6"), "met"),  # 6%以上: 6 is not below it
        ("2025", Decimal("5.5"), Decimal("5.6"), "met"),  # 5.5%左右 and more is better
    ]


def test_bounds_of_a_fall_and_counts_of_a_reduction(tmp_path, hand):
    """下降3%以上 (−3, at least) is met by −3.1, 下降3.5%以上 missed by −2.9; 贫困人口减少1232万 (a change, −1232万) and a goal of
    减少1000万以上 (a level) compare on their sizes."""
    from etl.load import publish

    E = dict(unit="%", kind="percent", measure="change", region="510000", topic="social_work", metric="能耗",
             indicator="energy_intensity")
    P = dict(unit="人", kind="count", region="510000", topic="social_work", metric="贫困人口", indicator="poverty_reduction")
    docs = [
        hand.build("plan", "单位生产总值能耗下降3%以上，2020年下降3.5%以上。减少农村贫困人口1000万以上。", (
            hand.Spec("3%以上", "-3", approx="at_least", period="2019", status="target", **E),
            hand.Spec("3.5%以上", "-3.5", approx="at_least", period="2020", status="target", **E),
            hand.Spec("1000万以上", "10000000", approx="at_least", period="2019", status="target", measure="level", **P),
        ), date="2019-03-05"),
        hand.build("review", "单位生产总值能耗下降3.1%，2020年下降2.9%。农村贫困人口减少1109万。", (
            hand.Spec("3.1%", "-3.1", period="2019", status="actual", **E),
            hand.Spec("2.9%", "-2.9", period="2020", status="actual", **E),
            hand.Spec("1109万", "-11090000", period="2019", status="actual", measure="change", **P),
        ), date="2020-05-22"),
    ]
    db = tmp_path / "facts.duckdb"
    topics = [*hand.topics, type(hand.topics[0])("energy", "能源", None),
              type(hand.topics[0])("poverty_assistance", "扶贫", None)]
    publish(db, docs, hand.regions, topics, parser_version="test",
            indicators=[catalogue().indicators["energy_intensity"], catalogue().indicators["poverty_reduction"]])
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select indicator, period, target, actual, outcome from target_vs_actual "
                           "order by indicator, period").fetchall()
    assert rows == [
        ("energy_intensity", "2019", Decimal("-3"), Decimal("-3.1"), "met"),
        ("energy_intensity", "2020", Decimal("-3.5"), Decimal("-2.9"), "not_met"),
        ("poverty_reduction", "2019", Decimal("10000000"), Decimal("11090000"), "met"),
    ]


def test_a_span_holds_one_measure_per_point(tmp_path, hand):
    """Over 2001-2005 a growth rate's point is its rate per year (年均增长9.5%), not its cumulative growth (五年增长57.3%),
    and new jobs' point is their total (五年新增4200万人), not their average per year (年均840万人)."""
    from etl.load import publish

    G = dict(unit="%", kind="percent", measure="change", region="000000", topic="economic_growth", metric="GDP",
             indicator="gdp_growth", period="2001-2005", status="actual")
    J = dict(unit="人", kind="count", region="000000", topic="employment", metric="就业", indicator="urban_new_jobs",
             period="2001-2005", status="actual")
    docs = [hand.build("review", "五年增长57.3%，年均增长9.5%。五年新增4200万人，年均840万人。", (
        hand.Spec("57.3%", "57.3", period_basis="cumulative", **G),
        hand.Spec("9.5%", "9.5", period_basis="per_year", **G),
        hand.Spec("4200万人", "42000000", period_basis="cumulative", **J),
        hand.Spec("840万人", "8400000", period_basis="per_year", **J),
    ), date="2006-03-05")]
    db = tmp_path / "facts.duckdb"
    topics = [*hand.topics, type(hand.topics[0])("economic_growth", "经济增长", None),
              type(hand.topics[0])("employment", "就业", None)]
    publish(db, docs, hand.regions, topics, parser_version="test",
            indicators=[catalogue().indicators["gdp_growth"], catalogue().indicators["urban_new_jobs"]])
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select indicator, value, n_sources from indicator_series order by indicator").fetchall()
    assert rows == [("gdp_growth", Decimal("9.5"), 1), ("urban_new_jobs", Decimal("42000000"), 1)]


def test_a_parts_average_over_years_is_no_point_of_its_series(tmp_path, hand):
    """上半年…增长12.8%，两年平均增长6.0%: the half-year's series holds its growth on the year before, not its rate per
    year against the same half two years before (a whole year's 两年平均, 2020-2021, stays the span's point)."""
    from etl.load import publish

    G = dict(unit="%", kind="percent", measure="change", region="000000", topic="economic_growth", metric="GDP",
             indicator="gdp_growth", status="actual")
    docs = [hand.build("h1", "上半年增长12.8%，两年平均增长6.0%。全年增长8.1%，两年平均增长5.1%。", (
        hand.Spec("12.8%", "12.8", period="2021-H1", **G),
        hand.Spec("6.0%", "6.0", period="2021-H1", period_basis="per_year", **G),
        hand.Spec("8.1%", "8.1", period="2021", **G),
        hand.Spec("5.1%", "5.1", period="2020-2021", period_basis="per_year", **G),
    ), date="2022-01-20")]
    db = tmp_path / "facts.duckdb"
    topics = [*hand.topics, type(hand.topics[0])("economic_growth", "经济增长", None)]
    publish(db, docs, hand.regions, topics, parser_version="test", indicators=[catalogue().indicators["gdp_growth"]])
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select period, value, conflict from indicator_series order by period").fetchall()
    assert rows == [("2020-2021", Decimal("5.1"), False), ("2021", Decimal("8.1"), False),
                    ("2021-H1", Decimal("12.8"), False)]


def _query(name: str) -> str:
    return (Path(__file__).parents[1] / "warehouse" / "queries" / name).read_text(encoding="utf-8")


def test_the_example_queries_answer_the_analysts_questions(corpus_db):
    """China's GDP growth and its target over the years; the 31 provinces' 2026 targets (one query each)."""
    years = {row[0]: row[1:3] for row in corpus_db.execute(_query("national_gdp_growth.sql")).fetchall()}
    assert years["2024"] == (Decimal("5"), Decimal("5")) and years["2020"][0] == Decimal("2.3")
    assert len(years) >= 30
    provinces = corpus_db.execute(_query("provincial_gdp_targets.sql")).fetchall()
    assert len(provinces) == 31 and all(value >= 4 for _, value, *_ in provinces)


@pytest.mark.parametrize(("sentence", "period"), [
    pytest.param("刚刚过去的2025年，全省上下顺利完成全年目标任务，实现“十四五”圆满收官。", "2025",
                 id="a plan named for its close and the year's goals leave the year"),
    pytest.param("经济增速2022年以来连续16个季度高于全国平均水平。", None, id="a run's start is left to no later sentence"),
    pytest.param("“十五五”时期经济社会发展的主要目标是：", (2026, 2030), id="a plan's goals leave its span"),
])
def test_left_to_later_sentences(sentence, period):
    """The period an earlier sentence leaves to the sentences after it (reference.carried)."""
    from etl.context.reference import carried

    cue = carried(sentence, 2026)
    assert (cue.period if cue is not None else None) == period


def test_exceeding_the_annual_plan_is_an_outcome():
    from etl.context.reference import Section, reference

    sentence = "304个省列重大项目完成投资2929亿元、超年度计划28%。"
    assert reference(sentence, sentence.index("28%"), Section(None, None, None, True), 2026, "level").status == "actual"


def test_a_pair_after_the_last_years_pair_in_a_five_year_review():
    """In a review of 1998-2002, a sentence that ran …增加到2002年的… leaves 2002; the first value of the next pair
    without years is still about 1997."""
    from etl.context.reference import Section, carried, reference

    context = carried("国家财政收入从1997年的8651亿元增加到2002年的18914亿元。", 2003)
    sentence = "铁路营运里程由65969公里增加到71500公里。"
    section = Section("review", None, (1998, 2002), True)
    got = [reference(sentence, sentence.index(m), section, 2003, "level", context=context).period
           for m in ("65969公里", "71500公里")]
    assert got == ["1997", "2002"]


def test_the_years_work_after_its_targets_in_a_plans_part():
    """A part headed by a plan and the year (二、“十五五”时期目标任务和2026年工作): after a paragraph that opens with
    今年…主要预期目标, the later paragraphs are the year's work, not the plan's."""
    text = ("2026年辽宁省政府工作报告\n二、“十五五”时期目标任务和2026年工作\n"
            "“十五五”时期，全省地区生产总值年均增长5%左右。\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
            "严守耕地保护红线，确保粮食播种面积稳定在5330万亩以上。\n")
    meta = {"date": "2026-01-20", "title": "2026年辽宁省政府工作报告", "region": "辽宁省"}
    got = [(a.status, a.period) for a in _analysed(text, meta)]
    assert got == [("plan", "2026-2030"), ("target", "2026"), ("target", "2026")]


def test_an_addition_under_a_stock_and_the_stock_it_reached():
    got = [a.indicator for a in _analysed("高速公路通车里程新增3000公里、突破1.1万公里。")]
    assert got == [None, "expressway_mileage"]


@pytest.mark.parametrize(("sentence", "mention", "period"), [
    pytest.param("粮食产量稳定在800亿斤以上。", "800亿斤以上", "2021-2025", id="a level held over the years reviewed"),
    pytest.param("城镇调查失业率控制在5%以内。", "5%以内", "2025", id="the year's goal met is the year's"),
    pytest.param("粮食产量达到800亿斤。", "800亿斤", "2025", id="a level reached is the last year's"),
])
def test_levels_held_in_a_review_of_a_plan_and_its_last_year(sentence, mention, period):
    """一、“十四五”时期和2025年工作回顾: a level held (稳定在, 保持在) is over the span."""
    from etl.context.reference import Section, reference

    section = Section("review", 2025, (2021, 2025), True)
    assert reference(sentence, sentence.index(mention), section, 2026, "level").period == period


def _facts(text: str, meta: dict) -> list[tuple]:
    return [(a.fact.mention, a.indicator, a.status, a.period) for a in _analysed(text, meta)]


def test_traditional_script_reads_as_simplified():
    """A report in traditional script: its phrases, cue words and headings are the catalogue's (地區生產總值,
    預期目標, 工作回顧)."""
    text = ("2019年綿陽市涪城區政府工作報告\n一、2018年工作回顧\n全區地區生產總值達到379.95億元、增長9.3%。\n"
            "二、2019年主要預期目標\n全區地區生產總值增長9%。\n")
    meta = {"date": "2019-02-19", "title": "2019年綿陽市涪城區政府工作報告", "region": "绵阳市"}
    assert _facts(text, meta) == [("379.95億元", "gdp", "actual", "2018"), ("9.3%", "gdp_growth", "actual", "2018"),
                                  ("9%", "gdp_growth", "target", "2019")]


def test_a_statistical_communique_is_about_its_titles_year():
    """滁州市2019年国民经济和社会发展统计公报, published in 2020: its figures are 2019's outcomes; the close of an
    abbreviation and a footnote mark stand between a phrase and its figure."""
    text = "滁州市2019年国民经济和社会发展统计公报\n初步测算，全年实现生产总值(GDP)[2]2909.1亿元，同比增长9.7%。\n"
    meta = {"date": "2020-03-23", "title": "滁州市2019年国民经济和社会发展统计公报", "region": "滁州市"}
    assert _facts(text, meta) == [("2909.1亿元", "gdp", "actual", "2019"), ("9.7%", "gdp_growth", "actual", "2019")]


def test_a_list_of_goals_runs_on_over_semicolons():
    """2025年…主要预期目标是：…；…；: the items after the first are goals too."""
    text = ("2025年济南市政府工作报告\n2025年济南市经济社会发展主要预期目标是：地区生产总值增长5.5%左右；"
            "一般公共预算收入增长3%左右；城镇新增就业15万人以上。\n")
    meta = {"date": "2025-01-13", "title": "2025年济南市政府工作报告", "region": "济南市"}
    assert [f[2] for f in _facts(text, meta)] == ["target", "target", "target"]


def test_money_before_the_1955_redenomination_is_no_series_value():
    text = "在一九五三年，社會商品零售總額已經增加到三百二十五萬億元。\n"
    assert _facts(text, {"date": "1954", "title": "政府工作报告"})[0][1] is None
    assert _facts(text, {"date": "1956", "title": "政府工作报告"})[0][1] == "retail_sales"


def test_a_span_holds_for_the_list_its_colon_opens():
    """报告明确了今后五年福州发展蓝图：…；…: 今后五年 holds in its own sentence only, except for the list it opens."""
    text = ("2022年福州市政府工作报告\n报告明确了今后五年福州发展蓝图:地区生产总值总量突破1.7万亿元;"
            "全社会研究与试验发展经费投入强度接近3%;全市森林覆盖率力争达58.5%。\n")
    meta = {"date": "2022-01-07", "title": "2022年福州市政府工作报告", "region": "福州市"}
    assert [(f[2], f[3]) for f in _facts(text, meta)][1:] == [("plan", "2026"), ("plan", "2026")]


def test_review_cases_of_the_fourth_session():
    """A list of goals that were met is a list of outcomes; a half-year plan report is about its own half; a year that
    names a standard leaves a 从…到… pair its years; 按…不变价格计算 holds over a clause naming a horizon."""
    met = "2019年，全市较好完成年初确定的目标任务：地区生产总值增长6.5%；城镇新增就业5.2万人。\n"
    assert [f[2] for f in _facts(met, {"date": "2020-01-10", "title": "2020年某市政府工作报告"})] == ["actual", "actual"]
    half = "全市地区生产总值增长5.5%，城镇新增就业6万人。\n"
    title = "关于2023年上半年国民经济和社会发展计划执行情况的报告"
    assert [f[3] for f in _facts(half, {"date": "2023-08-28", "title": title})] == ["2023-H1", "2023-H1"]
    pair = "从2012年到2017年，按照2010年标准，农村贫困人口由9899万人减少到3046万人。\n"
    assert [f[3] for f in _facts(pair, {"date": "2018", "title": "政府工作报告"})] == ["2012", "2017"]
    prices = "按2010年不变价格计算，到2020年，全国国内生产总值将超过100万亿元。\n"
    assert _facts(prices, {"date": "2016", "title": "政府工作报告"})[0][1] is None


def test_chart_captions_are_no_headings():
    """A communiqué's chart titles (图1 2019-2023年…, 2018-2022年全市生产总值) head no part: the figures after them stay
    the year's outcomes."""
    text = ("2022年芜湖市国民经济和社会发展统计公报\n一、综合\n全年全市实现生产总值4502.13亿元。\n"
            "2018-2022年全市生产总值\n全年居民消费价格比上年上涨2.4%。\n")
    meta = {"date": "2023", "title": "2022年芜湖市国民经济和社会发展统计公报", "region": "芜湖市"}
    assert [(f[1], f[2], f[3]) for f in _facts(text, meta)] == [("gdp", "actual", "2022"), ("cpi", "actual", "2022")]


def test_a_release_of_a_quarter_and_the_names_of_budgets():
    """2025年一季度…经济运行情况: its outcomes are the quarter's; 公共财政预算收入 (the name before 2015) is the general
    budget's revenue; 固定资产投资(含房地产投资) holds its aside; 轻工业增加值 is no industry's total."""
    text = ("2025年一季度酉阳县经济运行情况\n全县固定资产投资(含房地产投资)增长9.7%。公共财政预算收入增长17.7%。"
            "轻工业增加值下降4.5%。\n")
    meta = {"date": "2025-05-22", "title": "2025年一季度酉阳县经济运行情况", "region": "酉阳土家族苗族自治县"}
    assert [(f[1], f[3]) for f in _facts(text, meta)] == [
        ("fixed_asset_investment_growth", "2025-Q1"), ("general_budget_revenue_growth", "2025-Q1"), (None, "2025-Q1")]


def test_cases_of_the_third_review():
    """A quarter's release published after the quarter keeps it; 今年以来 and 今年前2个月 are outcomes so far, and 预计全年
    in a half-year's release is the year's; a heading naming a span and 目标 heads a plan's goals (plan, over the span:
    once target, before a span written with its ends was one); 发展目标是稳中求进
    opens no list; 工业完成固定资产投资 is a part, not the whole."""
    quarter = "全市固定资产投资同比增长5.1%。\n"
    assert _facts(quarter, {"date": "2024-04-20", "title": "一季度济南市经济运行情况"})[0][1:] == (
        "fixed_asset_investment_growth", "actual", "2024-Q1")
    so_far = "今年以来，全市规模以上工业增加值同比增长8.1%。\n"
    assert _facts(so_far, {"date": "2024-04-10", "title": "济南经济稳中向好"})[0][2:] == ("actual", "2024")
    year = "预计全年地区生产总值增长5.5%左右。\n"
    assert _facts(year, {"date": "2024-07-20", "title": "2024年上半年济南市经济运行情况"})[0][3] == "2024"
    plan = "为推动全市经济社会高质量发展，制定本规划。\n2021—2025年主要目标\n地区生产总值年均增长6%左右，城镇新增就业60万人以上。\n"
    assert [f[2:] for f in _facts(plan, {"date": "2021-06-20", "title": "济南市国民经济和社会发展规划"})] == [
        ("plan", "2021-2025"), ("plan", "2021-2025")]  # the heading's span: a plan's goals over its years
    motto = "2023年，全市发展目标是稳中求进、进中提质。全市地区生产总值增长6.1%。城镇新增就业13万人。\n"
    assert [f[2] for f in _facts(motto, {"date": "2024-01-20", "title": "济南市政府工作报告"})] == ["actual", "actual"]
    part = "全年全市工业完成固定资产投资300亿元，增长10%。全市完成固定资产投资5000亿元。\n"
    assert [f[1] for f in _facts(part, {"date": "2024-01-20", "title": "济南市政府工作报告"})] == [
        None, None, "fixed_asset_investment"]


def test_a_numbered_first_line_is_a_heading():
    """A text whose title is only in its metadata, opening with its first part's heading (一、过去五年工作回顾): the
    heading's span holds for the yearly averages under it, even after a sentence's own year."""
    text = "一、过去五年工作回顾\n预计2021年全市地区生产总值突破3000亿元、年均增长8.1%。\n"
    meta = {"date": "2022", "title": "2022年宜宾市政府工作报告", "region": "宜宾市"}
    assert [f[3] for f in _facts(text, meta)] == ["2021", "2017-2021"]


def test_a_traditional_gateways_pinyin_glosses_cut_no_phrase():
    text = "前5個月,全市規(guī)模以上工業(yè)增加值增長(zhǎng)8.7%。\n"
    meta = {"date": "2016-06-20", "title": "徐州市1-5月經濟運行情況", "region": "徐州市"}
    assert _facts(text, meta)[0][:2] == ("8.7%", "industrial_value_added_growth")


@pytest.mark.parametrize(("text", "title", "expected"), [
    pytest.param("前5个月，全市规模以上工业增加值增长8.7%，增速较1-4月份回升0.2个百分点。\n", "徐州经济运行情况",
                 ["2016-01..05", "2016-01..05"], id="前5个月: the months so far; 较1-4月份 is a base"),
    pytest.param("2016年1—11月份，全市规模以上工业增加值增长8.7%。\n", "徐州经济运行情况", ["2016-01..11"],
                 id="1—11月份 after a year"),
    pytest.param("全市规模以上工业增加值增长8.7%。\n", "徐州市1-5月经济运行情况", ["2016-01..05"],
                 id="a release whose title names the months so far"),
    pytest.param("1-3月，固定资产投资增长17.4%。1—6月份，固定资产投资增长7%。前9个月，固定资产投资增长6%。"
                 "1-12月，固定资产投资增长5%。\n", "徐州经济运行情况", ["2016-Q1", "2016-H1", "2016-Q1..Q3", "2016"],
                 id="months that make quarters, a half or the year are those"),
    pytest.param("保交房项目提前3个月实现100%交付。\n", "徐州经济运行情况", ["2016"], id="提前3个月 is ahead of time"),
    pytest.param("二、过去五年工作回顾\n2015年全市生产总值16538亿元，是2010年的1.8倍，年均增长12.4%。\n", "2016年天津市政府工作报告",
                 ["2015", "2015", "2011-2015"], id="是2010年的1.8倍: the year of what a multiple is of is no period"),
])
def test_the_months_so_far_and_the_base_of_a_multiple(text, title, expected):
    assert [f[3] for f in _facts(text, {"date": "2016-12-20", "title": title, "region": "徐州市"})] == expected


def test_ascii_punctuation_of_web_text_reads_as_full_width():
    """Web text writes , ; : in ASCII: its clauses are clauses (人均 after a clause of 年均 is no span's), its lists
    lists; a number's thousands comma stays."""
    text = "二、过去五年工作回顾\n2015年全市生产总值16538亿元,年均增长12.4%,人均生产总值超过1.7万美元,常住人口1,547万人。\n"
    meta = {"date": "2016", "title": "2016年天津市政府工作报告", "region": "天津市"}
    assert [(f[0], f[3]) for f in _facts(text, meta)] == [
        ("16538亿元", "2015"), ("12.4%", "2011-2015"), ("超过1.7万美元", "2015"), ("1,547万人", "2015")]


def test_goals_set_as_a_list():
    """…主要预期目标确定为：…；…: a list of goals, its items after the first too."""
    text = "建议2024年全旗经济社会发展主要预期目标确定为：地区生产总值增长6.5%左右；固定资产投资增长15%；社会消费品零售总额增长5.5%。\n"
    meta = {"date": "2024-01-10", "title": "关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告"}
    assert [f[2] for f in _facts(text, meta)] == ["target", "target", "target"]


def test_years_in_brackets_restate_a_plan():
    """“十四五”时期(2021年至2025年)…的目标: the bracketed years are an aside; the paragraph after holds the plan's goals."""
    text = ("《纲要》提出“十四五”时期(2021年至2025年)“八个新”的确切目标:\n"
            "生态环境得到改善,空气质量优良天数占比达到88%,森林覆盖率提高到41.65%;\n")
    meta = {"date": "2021-05-19", "title": "广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "region": "广州市"}
    assert [(f[2], f[3]) for f in _facts(text, meta)] == [("plan", "2025"), ("plan", "2025")]


@pytest.mark.parametrize(("heading", "expected"), [
    pytest.param("建议全年经济社会发展预期目标", ("gdp_growth", "target", "2023"), id="全年 in a heading of goals"),
    pytest.param("全年经济运行情况", ("gdp_growth", "actual", "2022"), id="全年 in a heading of no kind"),
    pytest.param("上年主要指标完成情况", ("gdp_growth", "actual", "2022"), id="上年 in a heading"),
])
def test_a_heading_with_a_time_counted_from_the_context(heading, expected):
    """全年, 上年 in a heading name no year of their own (such a heading once stopped the analysis with an error):
    the document's years stand. Lines opening with a bullet are items under the heading, not headings."""
    text = f"省长代表省政府向大会作政府工作报告。\n■ {heading}\n●地区生产总值增长5.2%\n"
    meta = {"date": "2023-01-12", "title": "2023年山东省政府工作报告", "region": "山东省"}
    assert [f[1:4] for f in _facts(text, meta)] == [expected]


def test_a_releases_headline_of_its_quarter_and_a_month_it_names():
    """A release's headline naming the part of the year gone by (前三季度…) is no heading of the year's tasks: its
    figures are outcomes; a sentence opening with a month (6月份，…) in a release of the half is that month's."""
    text = ("三次产业稳步增长 就业物价总体稳定\n前三季度全省地区生产总值18049.37亿元 同比增长4.5%\n"
            "前三季度，第一产业增加值为907.62亿元，增长3.5%。\n")
    meta = {"date": "2023-10-24", "title": "前三季度全省地区生产总值18049.37亿元 同比增长4.5%", "region": "山西省"}
    assert [f[1:] for f in _facts(text, meta)][-1] == ("primary_industry_growth", "actual", "2023-Q1..Q3")
    text = "6月份，规模以上工业增加值同比增长7.7%，比5月份加快2.7个百分点。\n上半年，规模以上工业增加值增长5%。\n"
    meta = {"date": "2022-07-20", "title": "2022年上半年河北省经济运行情况", "region": "河北省"}
    assert [f[3] for f in _facts(text, meta)] == ["2022-06", "2022-06", "2022-H1"]


def test_headings_over_bulleted_items():
    """A digest of a report in ■ headings over ● items and no running text: the items are the body, each ■ line a
    heading (■ 2025年主要预期目标 makes its items goals)."""
    text = ("■ 2024年成绩单\n●预计全省地区生产总值增长6%左右\n●粮食总产达到557亿斤\n■ 2025年经济社会发展的主要预期目标\n"
            "●经济增长6%左右\n●粮食产量继续保持500亿斤以上\n")
    meta = {"date": "2025", "title": "2025年湖北省政府工作报告(摘要与导读)", "region": "湖北省"}
    assert [f[2:] for f in _facts(text, meta)] == [("actual", "2024"), ("actual", "2024"), ("target", "2025"),
                                                   ("target", "2025")]


@pytest.mark.parametrize(("text", "date", "expected"), [
    pytest.param("2016—2020年地区生产总值年均增长7%。", "2021", [("actual", "2016-2020", "per_year")], id="dash"),
    pytest.param("2021年至2025年年均增长6%左右。", "2021", [("plan", "2021-2025", "per_year")], id="ahead"),
    pytest.param("从一九七八年到一九八二年，普通高等学校由五百九十八所增加到七百一十五所。", "1983",
                 [("actual", "1978", None), ("actual", "1982", None)], id="from one end's value to the other's"),
    pytest.param("从2020年到2025年，工业投资占比从17.9%提升到35.5%，年均增长8%。", "2026",
                 [("actual", "2020", None), ("actual", "2025", None), ("actual", "2021-2025", "per_year")],
                 id="from one plan's last year to the next's: the plan's years"),
    pytest.param("从１９７９年到１９８４年安排了四千二百多万城镇劳动力就业，比上年增长５％。", "1985",
                 [("actual", "1979-1984", "cumulative"), ("actual", "1984", None)],
                 id="what adds up over the span; a change on the year before is the last year's"),
])
def test_a_span_of_years_written_with_its_ends(text, date, expected):
    facts = _analysed(text, {"title": "政府工作报告", "date": date})
    assert [(a.status, a.period, a.period_basis) for a in facts] == expected


@pytest.mark.parametrize(("text", "title", "date", "expected"), [
    pytest.param("前三季度全省地区生产总值比上年同期增长10.5%，两年平均增长5.8%。", "2021年前三季度山西省经济运行情况",
                 "2021-10-20", [("2021-Q1..Q3", None), ("2021-Q1..Q3", "per_year")],
                 id="a release of three quarters: the part's, per year (against the same part two years before)"),
    pytest.param("前三季度地区生产总值同比增长10.6%，三年平均增长5.8%。", "2021年前三季度经济运行情况", "2021-10-20",
                 [("2021-Q1..Q3", None), ("2021-Q1..Q3", "per_year")], id="three years averaged"),
    pytest.param("全年地区生产总值增长8.6%，两年平均增长6.0%。", "2021年统计公报", "2022-03-20",
                 [("2021", None), ("2020-2021", "per_year")], id="a whole year's: over both years"),
    pytest.param("一九八二年预计比一九八一年增长百分之五，两年平均每年递增百分之五点三。", "政府工作报告", "1982",
                 [("1982", None), ("1981-1982", "per_year")], id="a report of its own year"),
    pytest.param("在１９７９到１９８３年平均每年递增７．９％的基础上，比上年增长９％。", "政府工作报告", "1984",
                 [("1979-1983", "per_year"), ("1983", None)], id="a year's last digit is no count of years"),
    pytest.param("过去四年，全县粮食总产量共增加了12万吨。\n", "某县政府工作报告", "2022-01-20",
                 [("2018-2021", "cumulative")], id="过去四年: a span of four years"),
    pytest.param("一、过去五年工作回顾\n预计2012年全市生产总值完成3440亿元左右；社会消费品零售总额完成960亿元以上，年均增长17.6%。\n",
                 "包头市政府工作报告", "2013-01-20",
                 [("2012", None), ("2012", None), ("2008-2012", "per_year")],
                 id="年均 after a year carried from the sentence before, in a review of five years"),
    pytest.param("过去五年工作回顾\n———综合实力大幅提升。社会消费品零售总额完成960亿元以上，年均增长17.6%。\n",
                 "包头市政府工作报告(2013年)", "2013", [("2012", None), ("2008-2012", "per_year")],
                 id="an unnumbered heading on the first line of a text whose title is in its metadata"),
    pytest.param("一、过去五年的工作回顾\n去年经济增长8.8%。农村经济全面发展，农业增加值平均每年增长4.5%。\n",
                 "政府工作报告", "1998", [("1997", None), ("1993-1997", "per_year")],
                 id="平均每年 after 去年 carried, in a review of five years"),
])
def test_a_rate_averaged_over_the_years_up_to_the_figures_own(text, title, date, expected):
    """(and spans of a review: 过去四年, 年均 after a year the sentence before left)"""
    facts = _analysed(text, {"title": title, "date": date})
    assert [(a.period, a.period_basis) for a in facts] == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    pytest.param("年末城镇调查失业率从上半年5.5%降到5.3%。", "2026-01-20", "2025-H1",
                 id="a report of January: the last first half gone by"),
    pytest.param("上半年，全市规模以上工业增加值增长5%。", "2022-07-20", "2022-H1", id="a release of July: this year's"),
    pytest.param("今年第一季度地区生产总值增长5.2%。", "2025-03-20", "2025-Q1", id="今年 names the year"),
    pytest.param("去年上半年地区生产总值增长5%。", "2025-04-20", "2024-H1", id="去年 names the year"),
    pytest.param("第一季度工业总产值下降0.2%。", "1981", "1981-Q1", id="a report dated by its year only: its year"),
    pytest.param("1-12月，固定资产投资增长5%。", "2017-01-20", "2016", id="the twelve months so far in January"),
    pytest.param("12月份，居民消费价格同比上涨0.2%。", "2025-01-15", "2024-12", id="a month with 份 alone"),
    pytest.param("十一月份，规模以上工业增加值增长5%。", "2025-07-20", "2024-11", id="a month written with 十"),
    pytest.param("去年5月份，规模以上工业增加值增长6.1%。", "2025-07-20", "2024-05", id="a month after 去年"),
    pytest.param("下半年，预计全省地区生产总值增长5%左右。", "2025-07-20", "2025-H2", id="a forecast is of the part to come"),
    pytest.param("本年１——５月份工业生产总值比上年同期增长３３．３％。", "1956", "1956-01..05", id="months so far with ——"),
])
def test_a_part_of_a_year_named_without_one(text, date, expected):
    facts = _analysed(text, {"title": "政府工作报告", "date": date})
    assert facts[0].period == expected


def test_a_later_year_naming_a_goal_sets_no_time_for_the_sentences_after():
    """落实2030年…国家自主贡献目标。: the year names a goal; the plan's part goes on (its five years' cuts)."""
    text = ("三、“十四五”时期主要目标任务\n落实2030年应对气候变化国家自主贡献目标。"
            "单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%。到2030年，森林覆盖率达到25%。\n")
    facts = _analysed(text, {"title": "政府工作报告", "date": "2021"})
    assert [(a.status, a.period, a.period_basis) for a in facts] == [
        ("plan", "2021-2025", "cumulative"), ("plan", "2021-2025", "cumulative"), ("plan", "2030", None)]


def test_what_a_release_reports_and_an_episode_of_three_years_set_no_time():
    """国民经济主要指标数据显示 reports outcomes (主要指标 names a plan's only when no 数据/完成情况 follows); 三年新冠疫情 is an
    episode, not the span of the figures after it."""
    text = "16日，四川统计局发布2023年1-5月四川省国民经济主要指标数据显示，1-5月，全省规模以上工业增加值同比增长2.9%。\n"
    meta = {"date": "2023-06-16", "title": "四川省2023年1-5月国民经济主要指标数据发布", "region": "四川省"}
    assert _facts(text, meta)[0][1:] == ("industrial_value_added_growth", "actual", "2023-01..05")
    text = ("2023年工作回顾\n刚刚过去的2023年，是三年新冠疫情防控转段后经济恢复发展的一年。"
            "全省地区生产总值突破6万亿元，增长6%。\n")
    meta = {"date": "2024-01-22", "title": "四川省人民政府工作报告", "region": "四川省"}
    assert [f[1:] for f in _facts(text, meta)][-1] == ("gdp_growth", "actual", "2023")


@pytest.mark.parametrize(("text", "title", "date", "expected"), [
    pytest.param("一、2022年工作回顾\n今年是具有里程碑意义的一年。预计实现地区生产总值580亿元，增长7%左右。\n"
                 "二、2023年工作安排\n明年的主要预期目标是：地区生产总值增长6%左右。\n",
                 "2023年中卫市政府工作报告", "2022-12-16",
                 [("gdp", "actual", "2022"), ("gdp_growth", "actual", "2022"), ("gdp_growth", "target", "2023")],
                 id="a report delivered in December reviews its own year"),
    pytest.param("今年全县地区生产总值增长7%左右。\n", "某县政府工作报告", "2021-11-28",
                 [("gdp_growth", "actual", "2021")], id="今年 in a report of November: the year gone by"),
    pytest.param("今年全县地区生产总值增长7%左右。\n", "某县政府工作报告", "2021-02-28",
                 [("gdp_growth", "target", "2021")], id="今年 in a report of February: the year ahead"),
    pytest.param("据统计预测，全县地区生产总值增长12.6%达92.9亿元。\n",
                 "《政府工作报告》摘要(一):2021年 全县经济社会发展各项目标任务高质量全面完成", "2022-01-24",
                 [("gdp_growth", "actual", "2021"), ("gdp", "actual", "2021")],
                 id="a title naming the year it is about, not the report's own"),
    pytest.param("预计到年末，全县地区生产总值完成115亿元，同比增长7%；年末常住人口50万人。明年地区生产总值增长6%。\n",
                 "建平县政府工作报告", "2018-12-22",
                 [("gdp", "actual", "2018"), ("gdp_growth", "actual", "2018"), ("population", "actual", "2018-12-31"),
                  ("gdp_growth", "target", "2019")], id="年末 dates a stock, not a flow; a December report's year"),
    pytest.param("按照计划，今年下半年，贵州将确保完成生产总值5420亿元，全年达到9200亿元。\n",
                 "贵州省2014年上半年经济工作情况和下半年经济工作安排的报告", "2014-07-29",
                 [("gdp", "target", "2014-H2"), ("gdp", "target", "2014")], id="确保完成 sets a goal"),
    pytest.param("全口径财政收入增长23.1%，万元GDP能耗下降4%左右。\n", "2011年吉林市政府工作报告", "2011-01-20",
                 [("fiscal_revenue_growth", "actual", "2010"), ("energy_intensity", "actual", "2010")],
                 id="全口径财政收入, 万元GDP能耗"),
    pytest.param("全市地区生产总值增长6%。\n", "政府工作报告——2024年1月15日在杭州市第十四届人民代表大会第四次会议上",
                 "2024-01-20", [("gdp_growth", "actual", "2023")], id="the report's own year after the words"),
    pytest.param("全市地区生产总值增长6%。\n", "2024年《政府工作报告》", "2024-01-20", [("gdp_growth", "actual", "2023")],
                 id="the report's own year before brackets"),
    pytest.param("全市地区生产总值增长6%。\n", "解读2024年《政府工作报告》", "2024-01-20", [("gdp_growth", "actual", "2023")],
                 id="news of a report"),
    pytest.param("全市地区生产总值增长6%。\n", "2024年杭州市政府工作报告", "2024-10-15", [("gdp_growth", "actual", "2023")],
                 id="a report titled with its year, put on the web late"),
    pytest.param("全市地区生产总值增长6%。\n", "2025年杭州市政府工作报告", "2024-12-20", [("gdp_growth", "actual", "2024")],
                 id="a report delivered in December before its year"),
])
def test_the_year_a_report_reviews(text, title, date, expected):
    """A report reviews the year before its own, unless it is delivered in its own year's last months or its title
    names the year its text is about (a year not written as the report's own: 2021年 全县…完成 after 政府工作报告); and
    flows, goals and names of the same reviews."""
    assert [f[1:] for f in _facts(text, {"title": title, "date": date, "region": "宁夏回族自治区"})] == expected


@pytest.mark.parametrize(("text", "title", "date", "expected"), [
    pytest.param("第三产业增加值20237.33亿元，由上半年下降0.6%转为增长0.7%。\n", "上海前三季度经济运行情况", "2020-10-30",
                 ["2020-Q1..Q3", "2020-H1", "2020-Q1..Q3"], id="由 a part of the year 转为: the part is the first value's"),
    pytest.param("全市地区生产总值下降0.3%，降幅比上半年和一季度收窄2.3个和6.4个百分点。其中，第二产业增加值下降2.9%。\n",
                 "上海前三季度经济运行情况", "2020-10-30",
                 ["2020-Q1..Q3", "2020-Q1..Q3"], id="a time compared with is left to no later sentence"),
    pytest.param("年末城镇登记失业人员1396人，城镇新增就业人员6931人。\n", "2022年颍州区国民经济和社会发展统计公报", "2023",
                 ["2022-12-31", "2022"], id="年末 dates a stock, not a flow of the year"),
])
def test_periods_of_parts_bases_and_flows(text, title, date, expected):
    """(The first figures and the last: the changes against the bases between are not asserted.)"""
    periods = [a.period for a in _analysed(text, {"title": title, "date": date, "region": "上海市"})]
    assert periods[: len(expected) - 1] + periods[-1:] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("年末全市常住人口1262万人，其中城镇常住人口1055万人，60岁及以上人口250万人，占总人口比重为19.8%。",
                 ["population", "urban_population", None, None], id="the elderly's share is no urbanization"),
    pytest.param("五年来，累计净增各类经营主体155万户、总量达474万户，新增上市公司48家、总量达122家。",
                 [None, "business_entities", None, None], id="a head takes no modifier past things of their own"),
    pytest.param("全社会研发经费投入增长10%，占地区生产总值比重达到3.2%。", ["rd_expenditure_growth", "rd_intensity"],
                 id="the share of what a growth rate's level is"),
])
def test_review_cases_of_the_sixth_session(text, expected):
    assert [a.indicator for a in _analysed(text)] == expected


def test_a_total_of_a_year_named_in_a_review_stays_that_years():
    facts = _analysed("一、过去五年工作回顾\n2023年，全市经济稳步增长，全年累计完成固定资产投资1000亿元。\n",
                      {"title": "政府工作报告", "date": "2024-01-20"})
    assert (facts[0].period, facts[0].period_basis) == ("2023", None)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("全市地区生产总值达到4163亿元、全省第三，增长7%、全省第二。", [("4163亿元", "gdp"), ("7%", "gdp_growth")],
                 id="a rank aside between a level and its growth"),
    pytest.param("铁路运营总里程由9500公里增加到1.35万公里。", [("9500公里", "railway_mileage"), ("1.35万公里", "railway_mileage")],
                 id="总 before a phrase's head"),
    pytest.param("地方一般公共预算收入3.5亿元，自然增幅2%。", [("3.5亿元", "general_budget_revenue"),
                                                  ("2%", "general_budget_revenue_growth")], id="自然 before a growth"),
    pytest.param("县域一般公共预算收入实现162亿元，同比下降1.2%；全省粮食作物面积连续第5年保持在2亿亩以上。",
                 [("162亿元", None), ("1.2%", None), ("2亿亩以上", "grain_area")],
                 id="a part of the region (县域) is no value of its indicator; 连续第5年 in the gap"),
    pytest.param("新增国家高新技术企业29家、总数达到277家。今后五年GDP增速需年均增长6.1%。",
                 [("29家", None), ("277家", "high_tech_enterprises"), ("6.1%", "gdp_growth")],
                 id="the total an addition went to; 需 in the gap"),
    pytest.param("粮食播种面积4440万亩、新增202.9万亩；一般公共预算收入713.7亿元，扣除留抵退税因素后增长1.3%；"
                 "城镇居民人均消费支出28546元。",
                 [("4440万亩", "grain_area"), ("202.9万亩", None), ("713.7亿元", "general_budget_revenue"),
                  ("1.3%", "general_budget_revenue_growth"), ("28546元", None)],
                 id="an addition after a stock; 扣除…因素后 in the gap; the urban part of consumption"),
    pytest.param("全省全体、城镇、农村居民人均可支配收入分别为49821元、58121元和32578元。",
                 [("49821元", "disposable_income_per_capita"), ("58121元", "urban_income_per_capita"),
                  ("32578元", "rural_income_per_capita")], id="all residents, urban and rural listed"),
])
def test_indicator_wording_of_local_reports(text, expected):
    meta = {"date": "2022-01-20", "title": "政府工作报告", "region": "黑龙江省"}
    assert [f[:2] for f in _facts(text, meta)] == expected


def test_a_date_in_the_title_is_no_year_of_the_report():
    """政府工作报告(2018年12月22日), delivered late in 2018: it reviews 2018 (预计到年末…), as one titled with no year."""
    text = "2018年是本届政府的开局之年。预计到年末，全县地区生产总值完成115亿元，同比增长7%。\n"
    meta = {"date": "2018-12-22", "title": "建平县人民政府工作报告(2018年12月22日)", "region": "建平县"}
    assert [f[1:] for f in _facts(text, meta)] == [("gdp", "actual", "2018"), ("gdp_growth", "actual", "2018")]


def test_a_report_delivered_late_in_the_year_it_reviews():
    """A report of December 2021 (a new term's first session) reviews 2021 and the five years to it, and sets the goals
    of 2022 and the five years from it: its 过去五年 is 2017-2021, its 今后五年 2022-2026, its review part 2021."""
    text = ("一、本届政府工作回顾\n全市地区生产总值增长6.5%。五年来，地区生产总值年均增长6%。\n二、今后五年的目标任务\n"
            "今后五年，地区生产总值年均增长6%以上。\n三、2022年工作\n明年地区生产总值增长6%。\n")
    meta = {"date": "2021-12-21", "title": "政府工作报告——2021年12月21日在兰州市第十七届人民代表大会第一次会议上",
            "region": "兰州市"}
    assert [f[2:] for f in _facts(text, meta)] == [("actual", "2021"), ("actual", "2017-2021"), ("plan", "2022-2026"),
                                                   ("target", "2022")]


def test_a_market_report_early_in_the_year_is_of_its_day():
    """A report of the Hong Kong market dated in March, its title naming the market and no time, is of its day's year:
    not looked back on as news of last year's results."""
    text = "恒指半日收报23209点，跌300点。个股方面，阿里巴巴低见116元，跌近5%。\n"
    meta = {"title": "港股半日：恒指跌300点", "region": "香港特别行政区", "date": "2025-03-10"}
    assert {a.period for a in _analysed(text, meta)} == {"2025"}


def test_a_report_whose_title_stands_on_its_first_line_still_reviews_the_year_before():
    """A plain-text report opening with its title (2017年蠡县政府工作报告): the title names no part and opens no time."""
    text = "2017年蠡县政府工作报告\n截至2016年末，全县地区生产总值完成96.4亿元。公共预算收入3.6亿元。\n"
    meta = {"title": "2017年蠡县政府工作报告", "date": "2017-02-20", "region": "蠡县"}
    assert _facts(text, meta) == [("96.4亿元", "gdp", "actual", "2016"),
                                  ("3.6亿元", "general_budget_revenue", "actual", "2016")]


def test_a_level_compared_with_the_year_end_before_is_at_its_year_end():
    """城镇化率66.5%，比上年末提高0.7个百分点: a level at a moment, dated at the year's end; a flow never is."""
    text = "常住人口城镇化率为66.5%，比上年末提高0.7个百分点。全年地区生产总值42395亿元，比上年末增加。\n"
    meta = {"title": "福建省2019年国民经济和社会发展统计公报", "date": "2020-02-28", "region": "福建省"}
    assert _facts(text, meta)[0] == ("66.5%", "urbanization_rate", "actual", "2019-12-31")
    assert _facts(text, meta)[2] == ("42395亿元", "gdp", "actual", "2019")


def test_a_multiple_of_a_base_value_is_no_growth_rate():
    """分别是2011年的1.65倍和1.7倍 compares with a base's value; 增长1.5倍 is a growth rate."""
    text = "财政总收入、公共预算收入分别完成6.1亿元、3.6亿元，分别是2011年的1.65倍和1.7倍。地区生产总值增长1.5倍。\n"
    meta = {"title": "2017年蠡县政府工作报告", "date": "2017-02-20", "region": "蠡县"}
    assert [(m, i) for m, i, _, _ in _facts(text, meta)][2:] == [("1.65倍", None), ("1.7倍", None), ("1.5倍", "gdp_growth")]


def test_unnumbered_headings_one_over_another_open_a_part():
    """过去四年，… over 坚持发展为要，… over text: the first heading opens the part (its span holds for the sections
    under it, the second one's and the next one's)."""
    text = ("过去四年，六安发展站上新的历史起点\n坚持发展为要，综合实力显著增强\n生产总值达到1923.5亿元，年均增长7.7%。\n"
            "坚持创新驱动，产业结构持续优化\n规上工业增加值年均增长10.4%。\n")
    meta = {"title": "政府工作报告(摘编)", "date": "2022", "region": "六安市"}
    assert [(m, p) for m, _, _, p in _facts(text, meta)] == [("1923.5亿元", "2021"), ("7.7%", "2018-2021"),
                                                          ("10.4%", "2018-2021")]


def test_what_the_review_of_the_eighth_session_found():
    """A press conference today still reports last year's results; months so far are no month; a level compared with
    the year's end before is not dated at a year's end to come; a part of online retail is no value of the whole."""
    meta = {"title": "国新办今日举行新闻发布会 介绍国民经济运行情况", "date": "2024-01-17"}
    assert _facts("初步核算，全年国内生产总值1260582亿元，比上年增长5.2%。\n", meta)[0][3] == "2023"
    meta = {"title": "统计局发布", "date": "2024-11-20"}
    assert _facts("前10月，全省规模以上工业增加值增长5.2%。\n", meta)[0][3] != "2024-10"
    meta = {"title": "统计局发布", "date": "2024-09-20"}
    assert _facts("今年以来，全市常住人口城镇化率为66.5%，比上年末提高0.7个百分点。\n", meta)[0][3] == "2024"
    assert _facts("全年农村网络零售额120亿元。\n", {"title": "公报", "date": "2024-03-01"})[0][1] is None


def test_a_task_of_three_years_sets_no_span_but_a_plan_of_five_does():
    """一年超额完成三年任务 names a task's length, no span for the paragraphs after; 未来五年目标 is the plan's."""
    text = ("供给侧结构性改革全面推进\n压减煤炭产能1011万吨，一年超额完成三年任务\n人民生活持续改善\n城镇新增就业90.6万人\n")
    meta = {"title": "湖北省政府工作报告解读", "date": "2017", "region": "湖北省"}
    assert _facts(text, meta)[-1] == ("90.6万人", "urban_new_jobs", "actual", "2016")
    text = "黑龙江未来五年目标：地区生产总值迈上2万亿元新台阶\n大会提出，全省地区生产总值迈上2万亿元新台阶。\n"
    meta = {"title": "黑龙江未来五年目标：地区生产总值迈上2万亿元新台阶", "date": "2022-05-03", "region": "黑龙江省"}
    assert {(s, p) for _, _, s, p in _facts(text, meta)} == {("plan", "2026")}


def test_the_scope_of_investment_statistics_and_a_government_level_of_revenue():
    """500萬元以上項目固定資產投資 is the statistics' scope of investment, no part (and its bound no figure); 区级财政收入
    is the district government's own level of revenue, a part: no value of the listed indicators."""
    meta = {"title": "九江市政府工作报告", "date": "2014-02-20", "region": "九江市"}
    assert [f[1] for f in _facts("500萬元以上項目固定資產投資1507.78億元，增長25%。\n", meta)] == \
        ["fixed_asset_investment", "fixed_asset_investment_growth"]
    meta = {"title": "2012年闵行区政府工作报告", "date": "2012-01-10", "region": "闵行区"}
    assert _facts("财政总收入和区级财政收入分别增长13.8%和15.3%。\n", meta)[0][1] is None


def test_the_main_indicators_performance_is_reported_not_planned():
    """从全市经济主要指标的表现看 introduces outcomes: 主要指标 before 表现 is no plan's list."""
    text = "从全市经济主要指标的表现看，前三季度，全市地区生产总值比去年同期下降0.3%。\n"
    meta = {"title": "上海前三季度GDP降幅收窄", "date": "2020-10-30", "region": "上海市"}
    assert _facts(text, meta) == [("0.3%", "gdp_growth", "actual", "2020-Q1..Q3")]


def test_news_of_a_holiday_early_in_the_year_is_of_its_day():
    """News dated in February whose title names a holiday as a period (春节假期) is about that holiday's year, not last
    year's results."""
    text = "抽样调查的33家酒店，共接待旅客17896人次，同比增长4.6%。\n"
    meta = {"title": "春节假期海南游客量提升", "date": "2016-02-11"}
    assert {(a.region_code, a.period) for a in _analysed(text, meta)} == {("460000", "2016")}


@pytest.mark.parametrize("text, expected", [
    pytest.param("全年一般预算收入完成748亿元，增长25%。", [("748亿元", "general_budget_revenue", "2019"),
                                                   ("25%", "general_budget_revenue_growth", "2019")],
                 id="an older name of budget revenue"),
    pytest.param("全年每人平均地区生产总值98500元，比上年增长6.2%。", [("98500元", "gdp_per_capita", "2019"), ("6.2%", None, "2019")],
                 id="per head written 每人平均"),
    pytest.param("全年網路零售額3210.5億元，比上年增長18.1%。", [("3210.5億元", "online_retail_sales", "2019"),
                                                      ("18.1%", None, "2019")], id="网络/網路零售額"),
    pytest.param("年末全市經營主體總數88.12萬戶。城镇调查失业率均值为5.1%。",
                 [("88.12萬戶", "business_entities", "2019-12-31"), ("5.1%", "surveyed_unemployment", "2019")],
                 id="总数 after a name; 均值 in the gap"),
    pytest.param("全年城镇新增就业61.2万人，有22.7万名城镇失业人员实现了再就业。",
                 [("61.2万人", "urban_new_jobs", "2019"), ("22.7万名", None, "2019")],
                 id="有 opens a subject of its own: no new jobs inherited"),
    pytest.param("10月，全省规模以上工业增加值同比增长6.9%。", [("6.9%", "industrial_value_added_growth", "2019-10")],
                 id="a month closing its clause is the period"),
])
def test_indicator_wording_of_communiques(text, expected):
    meta = {"date": "2019-11-20", "title": "统计公报", "region": "福建省"}
    assert [(m, i, p) for m, i, _, p in _facts(text, meta)] == expected


def test_no_outcome_of_a_year_not_yet_over():
    """A figure about its document's own year in a text of March, under a year alone (2026年 as the head of a list), is
    a goal: the year is not over; what it reached so far (2026年以来, 截至…) is an outcome. 目标增速 names a goal."""
    text = ("一、报告原文：东北全面振兴取得新突破\n辽宁亮点\n2025年\n城镇新增就业48万人\n辽宁落点\n2026年\n"
            "地区生产总值增长4.5%左右，在实际工作中努力争取更好结果\n城镇新增就业45万人以上\n")
    meta = {"title": "10个关键句，解锁政府工作报告", "date": "2026-03-06", "region": "辽宁省"}
    assert [(s, p) for _, _, s, p in _facts(text, meta)] == [("actual", "2025"), ("target", "2026"), ("target", "2026")]
    meta = {"title": "经济运行", "date": "2026-07-15", "region": "宁波市"}
    assert _facts("2026年以来，全市地区生产总值增长5%。\n", meta)[0][2] == "actual"
    meta = {"title": "新乡市政府工作报告", "date": "2025-02-14", "region": "新乡市"}
    assert _facts("2025年重点工作\n2025年\n新增保障性住房3100套。\n", meta)[0][2:] == ("target", "2025")
    meta = {"title": "江西城市“超车记”", "date": "2026", "region": "江西省"}
    assert _facts("值得一提的是，2026年江西GDP目标增速为5%至5.5%。\n", meta)[0][1:3] == ("gdp_growth", "target")


def test_a_span_an_earlier_sentence_of_the_paragraph_named():
    """过去的五年，… or “十一五”期间，… opens a paragraph: a rate per year or a total after it whose own time is the
    span's last year (2015年…年均增长11.7%; 去年 left by the sentence before) is over the span."""
    text = "过去的五年，是邗江综合实力大幅提升的五年。2015年全区实现GDP665.08亿元、年均增长11.7%。\n"
    meta = {"title": "在邗江区第十二次代表大会上的报告", "date": "2016-07-24", "region": "邗江区"}
    assert [p for _, _, _, p in _facts(text, meta)] == ["2015", "2011-2015"]
    text = ("“十一五”期间，全省地区生产总值年均增长14%，去年达到18278亿元。"
            "全社会固定资产投资年均增长30.5%，累计达到5.1万亿元，名列全国前茅。\n")
    meta = {"title": "2011年辽宁省政府工作报告", "date": "2011-01-21", "region": "辽宁省"}
    assert [p for _, _, _, p in _facts(text, meta)] == ["2006-2010", "2010", "2006-2010", "2006-2010"]


def test_a_rank_among_the_province_between_a_subject_and_its_value():
    """全市经济总量跃升至全省第4位、达到…: the rank's set (全省) is neither the figure's place nor a break between the
    indicator and its value; 首超, 经济规模 and 高企 (高新技术企业) name what they do."""
    meta = {"title": "晋中市政府工作报告", "date": "2025-01-20", "region": "晋中市"}
    text = "全市经济总量跃升至全省第4位、达到2458.8亿元。全省进出口总额首超6000亿元。全市经济规模进入了5万亿元以上的新阶段。数字经济规模2.5万亿元。\n"
    facts = analyse(make_document(text, "x", "x", meta)).facts
    assert [(a.region_code, a.indicator) for a in facts] == [("140700", "gdp"), ("140000", "trade_total"),
                                                            ("140700", "gdp"), ("140700", None)]
    meta = {"title": "高邮高新区工作报告", "date": "2025", "region": "高邮市"}
    assert _facts("2025年高企总数达115家。\n", meta)[0][1] == "high_tech_enterprises"


def test_what_the_ninth_review_found():
    """A year's figure named in its own sentence before the year is over is an outcome so far (2025年全国高考报名人数
    in May); a difference from a goal is an outcome; a figure's own count of years or base year wins over the span
    its paragraph opened with, and a year's total (同比) takes none."""
    meta = {"title": "教育部发布", "date": "2025-05-29"}
    assert {s for _, _, s, _ in _facts("2025年全国高考报名人数为1335万人，比上年增加7万人。\n", meta)} == {"actual"}
    meta = {"title": "宁波市政府工作报告", "date": "2025-02-06", "region": "宁波市"}
    assert _facts("2024年全市地区生产总值增长5.6%，高于年初目标增速0.6个百分点。\n", meta)[1][2] == "actual"
    text = ("过去五年，全省经济社会发展取得显著成效。2024年全省居民人均可支配收入达到4万元，两年年均增长5.1%。"
            "2024年，全省地区生产总值比2022年年均增长5.1%。2024年，全省累计完成固定资产投资1000亿元，同比增长5%。\n")
    meta = {"title": "辽宁省政府工作报告", "date": "2025-01-20", "region": "辽宁省"}
    assert [p for _, _, _, p in _facts(text, meta)] == ["2024", "2023-2024", "2023-2024", "2024", "2024"]


def test_a_goal_named_in_its_phrase_and_a_difference_from_it():
    meta = {"title": "湖北经济", "date": "2025-06-10", "region": "湖北省"}
    assert _facts("今年全省地区生产总值目标增长6%。\n", meta)[0][1:3] == ("gdp_growth", "target")
    meta = {"title": "宁波市政府工作报告", "date": "2025-02-06", "region": "宁波市"}
    assert _facts("2024年全市地区生产总值增长5.6%，高于年初目标增速0.6个百分点。\n", meta)[1][2] == "actual"


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("2021年至2023年，全市地区生产总值分别增长6.1%、5.2%和5.9%，年均增长5.7%。\n",
                 {"date": "2024-01-20", "title": "2024年某市政府工作报告"},
                 [("actual", "2021"), ("actual", "2022"), ("actual", "2023"), ("actual", "2021-2023")],
                 id="a span's years given in order to a list after 分别 of as many figures"),
    pytest.param("全县地区生产总值增长6.5%，城镇新增就业1.2万人。\n", {"date": "2020-01-20", "title": "某县2019年政府工作报告"},
                 [("actual", "2019"), ("actual", "2019")],
                 id="a work report titled with the year it reviews, delivered early the next year"),
    pytest.param("全省固定资产投资同比增长4.0%。\n", {"date": "2022-12-20", "title": "前11月某省经济运行总体平稳"},
                 [("actual", "2022-01..11")], id="前N月 in a title: the months so far"),
    pytest.param("1至3季度，全市地区生产总值同比增长10.7%。截至6月末，全市经营主体110万户。\n",
                 {"date": "2021-10-20", "title": "某市经济运行情况"},
                 [("actual", "2021-Q1..Q3"), ("actual", "2021-06")], id="1至3季度 and 截至N月末"),
    pytest.param("2021—2023年，第一、二、三产业增加值年均分别增长3.5%、6.2%和7.8%。\n",
                 {"date": "2024-01-20", "title": "2024年某市政府工作报告"},
                 [("actual", "2021-2023"), ("actual", "2021-2023"), ("actual", "2021-2023")],
                 id="things listed before 分别, each over the span"),
    pytest.param("一、过去五年工作回顾\n2020年，全市地区生产总值达到3000亿元，比2019年增长4%，年均增长7.2%。\n",
                 {"date": "2021-01-20", "title": "2021年某市政府工作报告"},
                 [("actual", "2020"), ("actual", "2020"), ("actual", "2016-2020")],
                 id="a base compared with leaves a rate per year its section's span"),
    pytest.param("今年全省夏粮总产量达到750亿斤左右，再创历史新高。今年全市地区生产总值增长5.5%左右。\n",
                 {"date": "2024-07-15", "title": "河南夏粮丰收"}, [("actual", "2024"), ("target", "2024")],
                 id="a level of the year so far with 左右 is an outcome, a rate with it a goal"),
    pytest.param("今年陕西地区生产总值增长目标为5.5%左右。\n全省地区生产总值增长4.3%，城镇新增就业45万人。\n",
                 {"date": "2024-01-26", "title": "陕西2024年GDP增长目标5.5%左右"},
                 [("target", "2024"), ("actual", "2023"), ("actual", "2023")],
                 id="a whole year's outcome in January is the year before's"),
    pytest.param("一、“十二五”发展回顾\n全社会固定资产投资累计1098.1亿元，是“十一五”的3.1倍，年均增长18.1%。\n",
                 {"date": "2016-01-29", "title": "某市2015年政府工作报告"},
                 [("actual", "2011-2015"), ("actual", "2015"), ("actual", "2011-2015")],
                 id="the plan a multiple is of is no time of the figures"),
    pytest.param("全区生产总值从2007年的6423.2亿元增加到2012年的1.6万亿元，年均增长15.1%。"
                 "地方财政收入由835.5亿元增加到2497.3亿元，年均增长24.5%。\n", {"date": "2013", "title": "五年发展回顾"},
                 [("actual", "2007"), ("actual", "2012"), ("actual", "2008-2012"), ("actual", "2007"), ("actual", "2012"),
                  ("actual", "2008-2012")], id="a paragraph's 从…到 pair of years holds for the pairs and rates after it"),
    pytest.param("全市地区生产总值增长5.5%。\n", {"date": "2024", "title": "福州上半年经济半年报（市委上半年工作会议）"},
                 [("actual", "2024-H1")], id="a title naming one part of the year twice"),
    pytest.param("一、过去一年工作回顾\n地区生产总值增长7.3%、创2010年以来最好位次，人均地区生产总值突破10万元。\n",
                 {"date": "2024-01-30", "title": "2024年某区政府工作报告"}, [("actual", "2023"), ("actual", "2023")],
                 id="the reach of a record (创2010年以来) is no time of the figures after it"),
    pytest.param("一、2021年国民经济和社会发展计划执行情况\n从主要指标看，居民消费价格上涨0.3%，低于3%左右的预期目标。\n",
                 {"date": "2022-01-20", "title": "关于某省2021年国民经济和社会发展计划执行情况及2022年计划草案的报告"},
                 [("actual", "2021"), ("target", "2021")], id="从主要指标看 opens outcomes, not a plan's list"),
    pytest.param("春节档电影票房达80.16亿元。全省高考报名人数为136万人。\n",
                 {"date": "2024-02-18", "title": "2024年春节档电影票房创历史新高"}, [("actual", "2024"), ("actual", "2024")],
                 id="the early rule holds for a catalogue indicator's outcomes only"),
    pytest.param("2021年至2023年，全市城镇非私营单位在岗职工年平均工资分别为10.2万元、10.8万元和11.5万元。\n",
                 {"date": "2024-05-10", "title": "我市居民收入报告"}, [("actual", "2021"), ("actual", "2022"), ("actual", "2023")],
                 id="年平均工资 is each year's level"),
    pytest.param("据中指研究院统计，今年百强房企销售总额同比下降40%左右。\n", {"date": "2024-06-03", "title": "百强房企销售额"},
                 [("actual", "2024")], id="a measured rate of this year with 左右 is an outcome"),
    pytest.param("2020年，全市地区生产总值达到6001亿元，比2015年增长45%，年均增长7.7%。\n",
                 {"date": "2021-03-10", "title": "我市经济社会发展成就综述"},
                 [("actual", "2020"), ("actual", "2016-2020"), ("actual", "2016-2020")],
                 id="a base year opens the span of a rate per year where nothing else names one"),
    pytest.param("全市地区生产总值增长5%。\n", {"date": "2021-01-20", "title": "2021年某市政府工作報(bào)告"},
                 [("actual", "2020")], id="a title with pinyin after its characters"),
])
def test_periods_of_the_tenth_session(text, meta, expected):
    assert [(f[2], f[3]) for f in _facts(text, meta)] == expected


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("会议提到，预计重庆去年新增社会融资规模5100亿元。全市进出口总值增长10%左右。\n",
                 {"date": "2020-01-11", "title": "重庆2019年交出答卷：地区生产总值预计增长6.3%"},
                 [(None, "actual", "2019"), ("trade_total_growth", "actual", "2019")],
                 id="去年 counts from the year of writing, not from the year the title names"),
    pytest.param("广州市人代会上午开幕\n今年GDP预期增长7.5%左右\n报告首先回顾了2017年工作。温国辉介绍，2017年，广州经济稳中向好。"
                 "完成固定资产投资6000亿元，增长8%左右。\n",
                 {"date": "2018-01-11", "title": "广州市人代会开幕 今年GDP预期增长7.5%左右", "region": "广州市"},
                 [("gdp_growth", "target", "2018"), ("fixed_asset_investment", "actual", "2017"),
                  ("fixed_asset_investment_growth", "actual", "2017")],
                 id="a deck under the headline that states a figure heads no part of goals"),
    pytest.param("一般公共预算收入和支出分别达4.78亿元、20.2亿元；高技术制造业和战略性新兴产业增加值分别增长12.6%、11.6%。\n",
                 {"date": "2024-01-10", "title": "政府工作报告", "region": "宁夏回族自治区"},
                 [("general_budget_revenue", "actual", "2023"), ("general_budget_expenditure", "actual", "2023"),
                  ("high_tech_manufacturing_growth", "actual", "2023"), (None, "actual", "2023")],
                 id="listed things sharing the first's modifier or the last's head"),
    pytest.param("全区居民人均可支配收入由8568元增加至24950元。城镇新增就业38.6万。\n",
                 {"date": "2022-09-10", "title": "我区十年发展成就", "region": "宁夏回族自治区"},
                 [("disposable_income_per_capita", "actual", "2022"), ("disposable_income_per_capita", "actual", "2022"),
                  ("urban_new_jobs", "actual", "2022")],
                 id="增加至 reaches the value; new jobs counted without 人"),
    pytest.param("地方一般公共预算收入完成28,583万元，占调整预算105.47%，同比增长10.85%。"
                 "研发经费支出占地区生产总值比重达到2.7%。\n",
                 {"date": "2023-01-10", "title": "预算执行情况的报告", "region": "黔南州"},
                 [("general_budget_revenue", "actual", "2022"), (None, "actual", "2022"),
                  ("general_budget_revenue_growth", "actual", "2022"), ("rd_intensity", "actual", "2022")],
                 id="a growth after a share is the level's; 地区生产总值 and 的比重 read as the catalogue's 国内生产总值"),
    pytest.param("前三季度全省生产总值39055.64亿元，同比增长7.4%，处于7%—7.5%年度预期目标区间范围之内。\n",
                 {"date": "2019", "title": "前三季度全省经济运行保持在合理区间", "region": "河南省"},
                 [("gdp", "actual", "2019-Q1..Q3"), ("gdp_growth", "actual", "2019-Q1..Q3"), (None, "target", "2019")],
                 id="a year's goal named in a release of a part of the year (the analysis once failed on it)"),
    pytest.param("2019年，重庆地区生产总值增速保持在合理区间，初步预计全年增长6.3%。\n",
                 {"date": "2020-01-11", "title": "重庆2019年交出答卷", "region": "重庆市"}, [("gdp_growth", "actual", "2019")],
                 id="a subject named after its place carried to the next clause; 初步预计 in the gap"),
    pytest.param("2023年，海南旅游总收入大幅增长，免税销售额有所回落，全年为437亿元。\n",
                 {"date": "2024-01-20", "title": "海南经济运行"}, [(None, "actual", "2023")],
                 id="after a place's name the next clause only: not past another subject"),
])
def test_cases_of_the_eleventh_session(text, meta, expected):
    assert [f[1:] for f in _facts(text, meta)] == expected


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("2023年，各市地区生产总值排名为：合肥市12673.8亿元，芜湖市4741.1亿元，滁州市3633.6亿元。"
                 "各市GDP增速如下：合肥市同比增长5.8%，阜阳市同比增长6.0%。\n",
                 {"date": "2024-02-01", "title": "安徽各市2023年经济数据", "region": "安徽省"},
                 [("gdp", "340100"), ("gdp", "340200"), ("gdp", "341100"), ("gdp_growth", "340100"),
                  ("gdp_growth", "341200")],
                 id="a list of places after a colon that closes the phrase's clause: each place's value"),
    pytest.param("2023年，全市生产总值完成812亿元，同比增长6.1%，人均达到7.2万元；全社会研发投入占GDP比重达2.4%。\n",
                 {"date": "2024-01-20", "title": "政府工作报告", "region": "遂宁市"},
                 [("gdp", "510900"), ("gdp_growth", "510900"), ("gdp_per_capita", "510900"), ("rd_intensity", "510900")],
                 id="人均 alone after a product's clauses; 全社会研发投入占GDP比重"),
    pytest.param("城镇居民人均可支配收入41000元，农民人均收入19000元，分别增长5.1%和7.3%。湘西自治州生产总值增长4.2%。\n",
                 {"date": "2024-01-20", "title": "政府工作报告", "region": "湖南省"},
                 [("urban_income_per_capita", "430000"), ("rural_income_per_capita", "430000"),
                  ("urban_income_per_capita_growth", "430000"), ("rural_income_per_capita_growth", "430000"),
                  ("gdp_growth", "433100")],
                 id="农民人均收入; an autonomous prefecture's short name with 自治州"),
])
def test_cases_of_the_twelfth_session(text, meta, expected):
    assert [(a.indicator, a.region_code) for a in _analysed(text, meta)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("2023年，全县生产总值完成90亿元，年均增长8.1%，是2018年的1.5倍；财政总收入完成9亿元(预计数，下同)，"
                 "是2018年的1.6倍，年均增长9.9%。\n", ["2023", "2019-2023", "2023", "2023", "2023", "2019-2023"],
                 id="the base year of a multiple after the rate; a note in brackets after the level"),
    pytest.param("五年来，特别是近两年来，全县经济稳步增长。2023年，社会消费品零售总额50亿元，年均增长7.5%。\n",
                 ["2023", "2019-2023"], id="the years stressed (特别是近两年来) are no span of the figures after them"),
])
def test_spans_of_a_review_by_its_multiples_and_stressed_years(text, expected):
    meta = {"date": "2024-01-20", "title": "政府工作报告", "region": "安徽省泾县"}
    assert [f[3] for f in _facts(text, meta)] == expected


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("全县财政总收入由“十五”末的1.8亿元增加到5.2亿元，年均增长23.6%。其中一产增长3.9%。"
                 "全县生产总值由2005年的12.8亿元增加到19.2亿元，年均增长8.4%。\n",
                 {"date": "2011-01-20", "title": "2011年政府工作报告", "region": "雷山县"},
                 [("fiscal_revenue", "actual", "2005"), ("fiscal_revenue", "actual", "2010"),
                  ("fiscal_revenue_growth", "actual", "2006-2010"), ("primary_industry_growth", "actual", "2010"),
                  ("gdp", "actual", "2005"), ("gdp", "actual", "2010"), ("gdp_growth", "actual", "2006-2010")],
                 id="a plan's end (“十五”末) is its last year; a rate after 由…到 runs from the year after the first"),
    pytest.param("财政总收入30.9亿元，其中地方财政收入17.3亿元，分别增长13.3%、10%。"
                 "分级次看，市级(市本级、“三区”)一般公共预算收入49.5亿元，县(市、区)一般公共预算收入234.6亿元。\n",
                 {"date": "2018-01-20", "title": "政府工作报告", "region": "五莲县"},
                 [("fiscal_revenue", "actual", "2017"), ("general_budget_revenue", "actual", "2017"),
                  ("fiscal_revenue_growth", "actual", "2017"), ("general_budget_revenue_growth", "actual", "2017"),
                  (None, "actual", "2017"), (None, "actual", "2017")],
                 id="地方财政收入 is the local level's (general budget) revenue; 分别 spreads; parts with a note in brackets"),
    pytest.param("2014年全省一般公共预算收入达到5026.71亿元，完成汇总预算的101.0%，比上年增长10.2%。"
                 "2015年全省一般公共预算收入安排5504.25亿元。优化支出安排，民生支出24亿元。\n",
                 {"date": "2015-01-28", "title": "关于2014年预算执行情况和2015年预算草案的报告", "region": "广东"},
                 [("general_budget_revenue", "actual", "2014"), (None, "actual", "2014"),
                  ("general_budget_revenue_growth", "actual", "2014"), ("general_budget_revenue", "target", "2015"),
                  (None, "target", "2015")],
                 id="a growth after 完成…预算的% is the level's; 收入安排 before an amount is a goal, 优化支出安排 none"),
])
def test_budgets_and_plan_ends(text, meta, expected):
    assert [f[1:] for f in _facts(text, meta)] == expected


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("各市生产总值增量：合肥市1000亿元，芜湖市300亿元。各市生产总值目标：合肥市13500亿元。\n",
                 {"date": "2024-02-01", "title": "安徽各市经济运行情况", "region": "安徽省"}, [None, None, None],
                 id="a colon after another thing than the phrase (增量, 目标) opens no list of its values"),
    pytest.param("全市生产总值12673.8亿元，居民储蓄存款余额9000亿元，人均达到9万元。\n",
                 {"date": "2024-03-20", "title": "2023年合肥市统计公报", "region": "合肥市"}, ["gdp", None, None],
                 id="人均 past a clause with a subject of its own is not the product's"),
    pytest.param("全县出境旅游人数5万人次，乡村旅游人数500万人次。\n",
                 {"date": "2024-03-20", "title": "2023年泾县统计公报", "region": "泾县"}, [None, None],
                 id="outbound and rural tourists are no visitors received"),
])
def test_the_reviews_cases_of_the_twelfth_session(text, meta, expected):
    assert [a.indicator for a in _analysed(text, meta)] == expected


def test_a_multiple_after_a_years_total_keeps_that_year():
    text = "2023年，全县累计完成固定资产投资300亿元，是2018年的1.5倍。“十三五”末，全县生产总值达到80亿元，比“十二五”末增长50%。\n"
    meta = {"date": "2024-01-20", "title": "政府工作报告", "region": "泾县"}
    assert [f[3] for f in _facts(text, meta)] == ["2023", "2023", "2020", "2016-2020"]


def test_a_sectors_part_is_no_value_of_the_whole():
    text = ("高新技术和数字经济规上工业增加值分别增长6.9%和16.3%。第一产业固定资产投资增长30.5%。民营企业进出口总额增长8%。"
            "全市规上工业增加值增长5%。我省经济生产总值达到8000亿元。全市外贸企业进出口总额1200亿元。\n")
    meta = {"date": "2025-07-20", "title": "上半年经济运行", "region": "滁州市"}
    assert [a.indicator for a in _analysed(text, meta)] == [None, None, None, None, "industrial_value_added_growth",
                                                           "gdp", "trade_total"]


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("1月27日，自治区主席作政府工作报告。2025年是具有里程碑意义的一年。全年地区生产总值2.15万亿元。\n",
                 {"date": "2026-01-28", "title": "新疆2026年地区生产总值预期目标增长5.5%—6%", "region": "新疆"},
                 ["2025"], id="全年 after a sentence about a year as a whole is that year"),
    pytest.param("2023年数据根据第五次全国经济普查结果修订。全年全市地区生产总值13507亿元。\n",
                 {"date": "2025-03-10", "title": "2024年合肥市国民经济和社会发展统计公报", "region": "合肥市"},
                 ["2024"], id="not after a sentence that names a year for another thing"),
])
def test_the_whole_year_a_sentence_speaks_of(text, meta, expected):
    assert [f[3] for f in _facts(text, meta)] == expected


_CASES_OF_THE_THIRTEENTH_SESSION = [
    pytest.param("一、过去五年工作回顾\n本市生产总值年均增长13.8%，提前两年实现“十一五”规划目标。全社会固定资产投资年均增长9.4%，"
                 "达到1709亿元。\n",
                 {"date": "2010-05-31", "title": "深圳市政府工作报告(2010年)", "region": "深圳市"},
                 [("13.8%", "gdp_growth", "actual", "2005-2009"),
                  ("9.4%", "fixed_asset_investment_growth", "actual", "2005-2009"),
                  ("1709亿元", "fixed_asset_investment", "actual", "2009")],
                 id="a plan named as a document or its goals is no span for the sentences after it"),
    pytest.param("物价涨幅控制在预期目标以内，全省居民消费价格同比上涨2.6%。\n",
                 {"date": "2014-07-26", "title": "海南上半年GDP同比增长8.0%", "region": "海南省"},
                 [("2.6%", "cpi", "actual", "2014-H1")], id="控制在 before a goal says the goal was kept: an outcome"),
    pytest.param("一、2025年工作回顾\n（二）聚力落实国家重大战略任务\n在沪持牌金融机构增加到1813家。\n",
                 {"date": "2026-01-25", "title": "2026年上海市政府工作报告", "region": "上海市"},
                 [("1813家", None, "actual", "2025")],
                 id="a heading naming no year takes its outer heading's year and kind (not 任务's)"),
    pytest.param("一、2021年预算执行情况\n(一)一般公共预算执行情况\n一般公共预算收入73905万元，较上年增长0.9%，其中：税收收入"
                 "44347万元，增长2.6%。\n",
                 {"date": "2022-01-05", "title": "关于巫溪县2021年预算执行情况和2022年预算草案的报告", "region": "巫溪县"},
                 [("73905万元", "general_budget_revenue", "actual", "2021"),
                  ("0.9%", "general_budget_revenue_growth", "actual", "2021"),
                  ("44347万元", "tax_revenue", "actual", "2021"), ("2.6%", None, "actual", "2021")],
                 id="a budget execution report reviews its title's year, under a heading naming none"),
    pytest.param("一、全口径财政预算执行情况\n税收收入112446万元，下降15.58%。\n",
                 {"date": "2020-08-05", "title": "关于邕宁区2020年上半年预算执行情况的报告", "region": "邕宁区"},
                 [("112446万元", "tax_revenue", "actual", "2020-H1"), ("15.58%", None, "actual", "2020-H1")],
                 id="a review heading of no year in a report of the half-year is that half-year's"),
    pytest.param("分产业看，第一产业增加值同比增长3.0%。\n",
                 {"date": "2024-04-19", "title": "GDP增速6.5% 我省连续两年实现首季“开门红”", "region": "吉林省"},
                 [("3.0%", "primary_industry_growth", "actual", "2024-Q1")],
                 id="首季 in a title is the first quarter: the release's part of its year"),
    pytest.param("一季度，山东省主要指标好于预期，第一产业增加值同比增长3.9%。\n",
                 {"date": "2024-04-19", "title": "山东一季度生产总值达21652亿元", "region": "山东省"},
                 [("3.9%", "primary_industry_growth", "actual", "2024-Q1")],
                 id="好于预期 after a goal's word says the goals were met"),
    pytest.param("今年的主要目标是实现地区生产总值增长6%。\n", {"date": "2024-01-19", "region": "山东省"},
                 [("6%", "gdp_growth", "target", "2024")], id="…not 实现 after 目标是: the goal itself"),
    pytest.param("“十四五”以来，江苏经济总量由2020年的10.5万亿元攀升至2025年的14.2万亿元。\n",
                 {"date": "2026-01-29", "title": "省统计局发布我省2025年经济“成绩单”", "region": "江苏省"},
                 [("10.5万亿元", "gdp", "actual", "2020"), ("14.2万亿元", "gdp", "actual", "2025")],
                 id="至 a year before the time of writing is no goal's horizon"),
    pytest.param("原标题:2024年全省一般公共预算收入7711.5亿元\n全省一般公共预算收入7711.5亿元，比上年增长3.3%。\n",
                 {"date": "2025", "title": "2024年全省一般公共预算收入7711.5亿元", "region": "山东省"},
                 [("7711.5亿元", "general_budget_revenue", "actual", "2024"),
                  ("7711.5亿元", "general_budget_revenue", "actual", "2024"),
                  ("3.3%", "general_budget_revenue_growth", "actual", "2024")],
                 id="a heading naming the title's year, gone when the text was written, is no year's tasks"),
    pytest.param("规上工业增加值连续2年实现全国城市“双第一”，规上工业增加值增长6.2%。连续3年，全省粮食总产量稳定在1200万吨以上。"
                 "连续7年提高企业退休人员基本养老金水平，年均增长10%。\n",
                 {"date": "2024-01-20", "title": "政府工作报告", "region": "江苏省"},
                 [("2年", None, "actual", "2023"), ("6.2%", "industrial_value_added_growth", "actual", "2023"),
                  ("3年", None, "actual", "2023"), ("1200万吨以上", "grain_output", "actual", "2021-2023"),
                  ("7年", None, "actual", "2023"), ("10%", None, "actual", "2017-2023")],
                 id="a run of years holds in its clause, past it when it opens the sentence or before 年均"),
    pytest.param("全区一般公共预算收入完成663287万元，为预算的99.4%，增长57.4%。财政总收入完成801.57亿元，为调整预算的103.8%，"
                 "比上年实绩增长19.4%。\n", {"date": "2022-01-20", "title": "预算执行情况的报告", "region": "江北区"},
                 [("663287万元", "general_budget_revenue", "actual", "2021"), ("99.4%", None, "actual", "2021"),
                  ("57.4%", "general_budget_revenue_growth", "actual", "2021"),
                  ("801.57亿元", "fiscal_revenue", "actual", "2021"), ("103.8%", None, "actual", "2021"),
                  ("19.4%", "fiscal_revenue_growth", "actual", "2021")],
                 id="a growth after 为预算的…% is the level's; 比上年实绩"),
    pytest.param("三、2026年工作安排\n确保年度目标全面完成，一般公共预算收入增长4%。努力把城镇调查失业率控制在预期目标以内，"
                 "全年城镇新增就业6万人以上。\n", {"date": "2026-01-20", "title": "2026年政府工作报告", "region": "江苏省"},
                 [("4%", "general_budget_revenue_growth", "target", "2026"), ("6万人以上", "urban_new_jobs", "target", "2026")],
                 id="an aim (确保, 努力) before a goal met is still a goal"),
    pytest.param("1-10月，全市一般公共预算收入完成85.6亿元。其中，税收收入62.3亿元，增长2.1%。\n",
                 {"date": "2025-11-12", "title": "2025年1-10月全市一般公共预算执行情况", "region": "徐州市"},
                 [("85.6亿元", "general_budget_revenue", "actual", "2025-01..10"),
                  ("62.3亿元", "tax_revenue", "actual", "2025-01..10"), ("2.1%", None, "actual", "2025-01..10")],
                 id="an execution report of months of its year does not look back"),
    pytest.param("该剧首季播放量突破20亿次。\n", {"date": "2025-06-20"}, [("突破20亿次", None, "actual", "2025")],
                 id="首季 of a series is no quarter"),
    pytest.param("城乡居民收入实现跨越式增长，人均可支配收入分别达38922元和17998元。人均可支配收入分别达38922元和17998元。\n",
                 {"date": "2025-01-20", "title": "政府工作报告", "region": "淳化县"},
                 [("38922元", "urban_income_per_capita", "actual", "2024"), ("17998元", "rural_income_per_capita", "actual", "2024"),
                  ("38922元", "disposable_income_per_capita", "actual", "2024"),
                  ("17998元", "disposable_income_per_capita", "actual", "2024")],
                 id="a list after the whole's phrase takes the split an earlier clause opened with"),
    pytest.param("城乡居民收入稳步增长，全省和西安市人均可支配收入分别达28000元和42000元。\n",
                 {"date": "2025-01-20", "title": "政府工作报告", "region": "陕西省"},
                 [("28000元", "disposable_income_per_capita", "actual", "2024"),
                  ("42000元", "disposable_income_per_capita", "actual", "2024")],
                 id="…not a list that names its own items"),
    pytest.param("近年来，全市连续3年保持两位数增长，其中地区生产总值年均增长10.5%。全省连续2年实现“双第一”，规上工业增加值增长6.2%。\n",
                 {"date": "2025-02-01", "title": "政府工作报告", "region": "陕西省"},
                 [("3年", None, "actual", "2024"), ("10.5%", "gdp_growth", "actual", "2022-2024"),
                  ("2年", None, "actual", "2024"), ("6.2%", "industrial_value_added_growth", "actual", "2024")],
                 id="a run past its clause only for an average per year, or opening its sentence alone"),
    pytest.param("报告中提到，2023年陕西省全年生产总值达到33786亿元。\n", {"date": "2024-01-25", "region": "陕西省"},
                 [("33786亿元", "gdp", "actual", "2023")], id="全年 after a year and a place is that year's"),
    pytest.param("一、过去五年工作回顾\n预计地区生产总值从2016年的2207.4亿元增加到2021年的3244亿元。\n",
                 {"date": "2021-12-21", "title": "政府工作报告", "region": "兰州市"},
                 [("2207.4亿元", "gdp", "actual", "2016"), ("3244亿元", "gdp", "actual", "2021")],
                 id="到 the year a report delivered late in it reviews is no goal's horizon"),
    pytest.param("农村牧区居民人均可支配收入6069元。农牧民人均纯收入7611.3元。城镇居民可支配收入15462元。一般公共预算支出执行507.14亿元。\n",
                 {"date": "2019-07-20", "title": "上半年经济运行", "region": "内蒙古"},
                 [("6069元", "rural_income_per_capita", "actual", "2019-H1"),
                  ("7611.3元", "rural_income_per_capita", "actual", "2019-H1"),
                  ("15462元", "urban_income_per_capita", "actual", "2019-H1"),
                  ("507.14亿元", "general_budget_expenditure", "actual", "2019-H1")],
                 id="the pastoral regions' words for rural incomes; 可支配收入 without 人均; 执行 before an amount"),
]


@pytest.mark.parametrize("text, meta, expected", [
    pytest.param("年末全市户籍人口695万人，比上年增加1.3万人；常住人口614万人；全年出生人口8万人。\n",
                 {"date": "2016-02-25", "title": "2015年国民经济和社会发展统计公报", "region": "安徽省"},
                 [("695万人", None, "actual", "2015-12-31"), ("1.3万人", None, "actual", "2015"),
                  ("614万人", "population", "actual", "2015-12-31"), ("8万人", None, "actual", "2015")],
                 id="年末 opening a sentence holds through its clauses after a semicolon, for levels at a moment"),
    pytest.param("“十四五”开局全省“开门红”\n一季度，全省实现地区生产总值6575亿元，同比增长18.4%。\n",
                 {"date": "2021-04-21", "title": "一季度经济运行", "region": "江西省"},
                 [("6575亿元", "gdp", "actual", "2021-Q1"), ("18.4%", "gdp_growth", "actual", "2021-Q1")],
                 id="a heading naming a plan's opening year is no part of the plan"),
    pytest.param("初步统计，全市实现地区生产总值﹝2﹞5183.8亿元，比上年增长0.6%。外贸进出口额达691.8亿元，增长4.3%。\n",
                 {"date": "2020-09-16", "title": "福建前8月GDP同比增长15%", "region": "福建省"},
                 [("5183.8亿元", "gdp", "actual", "2020-01..08"), ("0.6%", "gdp_growth", "actual", "2020-01..08"),
                  ("691.8亿元", "trade_total", "actual", "2020-01..08"),
                  ("4.3%", "trade_total_growth", "actual", "2020-01..08")],
                 id="a note's mark after the phrase; 进出口额; a title naming months so far after a place"),
    pytest.param("一般公共预算总收入5743亿元，增长11.3%。县域实现地区生产总值1174.6亿元。户籍人口人均地区生产总值54570元。"
                 "加上上级补助收入624.1亿元后，全市一般公共预算总收入3287.9亿元。\n",
                 {"date": "2022-01-20", "title": "政府工作报告", "region": "福建省"},
                 [("5743亿元", "fiscal_revenue", "actual", "2021"), ("11.3%", "fiscal_revenue_growth", "actual", "2021"),
                  ("1174.6亿元", None, "actual", "2021"), ("54570元", None, "actual", "2021"),
                  ("624.1亿元", None, "actual", "2021"), ("3287.9亿元", None, "actual", "2021")],
                 id="一般公共预算总收入 is the revenue's total, but not with transfers added; a part before a verb; "
                    "per registered resident"),
    pytest.param("2024年末全国人口140828万人；城镇化率67.00%。全国就业人员73439万人。\n",
                 {"date": "2025-02-28", "title": "2024年国民经济和社会发展统计公报", "region": "全国"},
                 [("140828万人", "population", "actual", "2024-12-31"),
                  ("67.00%", "urbanization_rate", "actual", "2024-12-31"), ("73439万人", None, "actual", "2024")],
                 id="a year's end holds through its sentence's clauses, not past its full stop"),
    pytest.param("全年高新技术产品进出口额800亿元，增长9%。全县一般公共预算总收入81.9亿元，其中：上级补助收入45.2亿元。"
                 "全省GDP过千亿、财政收入过百亿的县达到3个。\n",
                 {"date": "2025-02-28", "title": "统计公报", "region": "湖南省"},
                 [("800亿元", None, "actual", "2024"), ("9%", None, "actual", "2024"),
                  ("81.9亿元", None, "actual", "2024"), ("45.2亿元", None, "actual", "2024"),
                  ("3个", None, "actual", "2024")],
                 id="进出口额 of a kind of goods; a budget total with transfers; a list of bounds of a class counted (no "
                    "figures: session 38)"),
    pytest.param("本次交易前12个月内，公司累计购买资产金额为3亿元。\n", {"date": "2025-07-15", "region": "江苏省"},
                 [("3亿元", None, "actual", "2025")],
                 id="前 after a word opens no months so far"),
    pytest.param("年末全市常住人口614万人。城镇化率50.5%。全国城镇调查失业率平均值为5.1%。全年规上工业增加值增长7.7%。\n",
                 {"date": "2016-02-25", "title": "2015年国民经济和社会发展统计公报", "region": "安徽省"},
                 [("614万人", "population", "actual", "2015-12-31"), ("50.5%", "urbanization_rate", "actual", "2015-12-31"),
                  ("5.1%", "surveyed_unemployment", "actual", "2015"),
                  ("7.7%", "industrial_value_added_growth", "actual", "2015")],
                 id="a year's end an earlier sentence named holds for a level at a moment, not an average or a change"),
    pytest.param("2012年底，城镇居民每百户拥有家用汽车21.5辆；农村居民每百户拥有电脑20台。\n",
                 {"date": "2013-03-05", "title": "政府工作报告", "region": "全国"},
                 [("21.5辆", None, "actual", "2012-12-31"), ("20台", None, "actual", "2012-12-31")],
                 id="…and for any level through the clauses of its own sentence"),
    pytest.param("在协会2020年会员代表大会上的讲话\n预计地区生产总值达到680亿元。\n",
                 {"date": "2020", "title": "在协会2020年会员代表大会上的讲话(工程师协会)", "region": "重庆市大足区"},
                 [("680亿元", "gdp", "actual", "2020")],
                 id="the title of a document that is no report, repeated on its first line, heads no part"),
    pytest.param("数据显示，2020 年至2024年间，全县地区生产总值年均增速达4.25%。全市一般公共预算收入剔除一次性特殊收入因素影响同比增长2.7%。\n",
                 {"date": "2025-03-01", "region": "陕西省"},
                 [("4.25%", "gdp_growth", "actual", "2020-2024"), ("2.7%", "general_budget_revenue_growth", "actual", "2024")],
                 id="a spaced span of years; 剔除…因素 as 扣除"),
    pytest.param("年末全市共有医疗卫生机构3000个。全市婴儿死亡率为2.1‰。年末全市常住人口614万人。城镇化率50.5%。"
                 "年末全市金融机构本外币存款余额25000亿元；新增贷款1800亿元。\n",
                 {"date": "2025-03-01", "title": "2024年统计公报", "region": "江苏省"},
                 [("3000个", None, "actual", "2024-12-31"), ("2.1‰", "infant_mortality", "actual", "2024"),
                  ("614万人", "population", "actual", "2024-12-31"), ("50.5%", "urbanization_rate", "actual", "2024-12-31"),
                  ("25000亿元", None, "actual", "2024-12-31"), ("1800亿元", None, "actual", "2024")],
                 id="an earlier sentence's 年末 dates stocks counted at the year's end only; a flow after a semicolon "
                    "stays the year's"),
    pytest.param("我国外贸前4个月进出口14.14万亿元。广东省前4个月进出口2.9万亿元。\n全市一般公共预算总收入850亿元，争取上级转移支付资金120亿元。\n",
                 {"date": "2025-05-10", "region": "江苏省"},
                 [("14.14万亿元", None, "actual", "2025-01..04"), ("2.9万亿元", None, "actual", "2025-01..04"),
                  ("850亿元", "fiscal_revenue", "actual", "2025"), ("120亿元", None, "actual", "2025")],
                 id="前 after a subject or a place opens months so far; transfers after the total, not in its breakdown"),
    pytest.param("上半年地区生产总值增长6.8%。一般公共预算收入增长5.7%。\n6月末，存款余额2.2万亿元。旅游总收入837.7亿元。\n",
                 {"date": "2017-07-25", "title": "经济运行情况", "region": "北京市"},
                 [("6.8%", "gdp_growth", "actual", "2017-H1"), ("5.7%", "general_budget_revenue_growth", "actual", "2017-H1"),
                  ("2.2万亿元", None, "actual", "2017-06"), ("837.7亿元", "tourism_revenue", "actual", "2017")],
                 id="a part of the year opening a sentence holds for the paragraph's later sentences; a month's end does not"),
    pytest.param("一季度，全省财政总收入823.3亿元，为年初计划3165亿元的26%。规模以上工业增加值环比增长32.13%。"
                 "2017年湖北目标:GDP增长8%左右。\n",
                 {"date": "2017-04-20", "region": "湖北省"},
                 [("823.3亿元", "fiscal_revenue", "actual", "2017-Q1"), ("3165亿元", "fiscal_revenue", "target", "2017"),
                  ("26%", None, "actual", "2017-Q1"), ("32.13%", None, "actual", "2017-Q1"),
                  ("8%左右", "gdp_growth", "target", "2017")],
                 id="the year's plan a part reached a share of; growth on the month before is no catalogued growth; 目标:"),
])
def test_cases_of_the_fourteenth_session(text, meta, expected):
    assert _facts(text, meta) == expected


@pytest.mark.parametrize("text, meta, expected", [
    pytest.param("报告回顾了过去五年的成绩。财政总收入超过900亿元，较2017年增长55%。常住人口800万，城镇化率达到70.1%。"
                 "城乡居民人均可支配收入年均分别增长7.0%和8.9%。\n",
                 {"date": "2023-03-10", "title": "某市财政总收入超过900亿元 较2017年增长55%", "region": "西安市"},
                 [("超过900亿元", "fiscal_revenue", "actual", "2022"), ("55%", "fiscal_revenue_growth", "actual", "2018-2022"),
                  ("800万", "population", "actual", "2022"), ("70.1%", "urbanization_rate", "actual", "2022"),
                  ("7.0%", "urban_income_per_capita_growth", "actual", "2018-2022"),
                  ("8.9%", "rural_income_per_capita_growth", "actual", "2018-2022")],
                 id="a year in the title that is a comparison's base is no year the text is about"),
    pytest.param("西安市市长作政府工作报告。\n报告回顾了过去五年的成绩。\n常住人口1300万，城镇化率达到79.5%。旅游综合收入1527亿元。"
                 "70.96万贫困人口如期脱贫。\n",
                 {"date": "2022-03-29", "title": "西安财政总收入超过1800亿元 较2016年增长63%", "region": "西安市"},
                 [("1300万", "population", "actual", "2021"), ("79.5%", "urbanization_rate", "actual", "2021"),
                  ("1527亿元", "tourism_revenue", "actual", "2021"), ("70.96万", "poverty_reduction", "actual", "2021")],
                 id="…so a title naming only such a year leaves an early-season text telling last year's results"),
    pytest.param("5月份，全省社会消费品零售总额600亿元，同比增长5.0%。全省居民消费价格同比上涨1.2%。"
                 "5月份，全省居民消费价格环比上涨0.3%。\n",
                 {"date": "2021-06-18", "title": "山西省统计局发布5月份全省经济运行情况", "region": "山西省"},
                 [("600亿元", "retail_sales", "actual", "2021-05"), ("5.0%", "retail_sales_growth", "actual", "2021-05"),
                  ("1.2%", "cpi", "actual", "2021-05"), ("0.3%", None, "actual", "2021-05")],
                 id="a month's release: its outcomes naming no time are the month's; a price rise on the month before is "
                    "no CPI the catalogue keeps"),
    pytest.param("政府工作报告(摘编)\n砥砺奋进，开创新局\n过去五年，全市发展迈上新台阶\n五年来，全市上下团结奋斗。\n"
                 "坚持创新驱动，综合实力持续提升\n地区生产总值达到2100亿元，年均增长7.1%。\n坚持民生为本，人民生活持续改善\n"
                 "城镇新增就业30万人。\n",
                 {"date": "2022-01-20", "title": "某市政府工作报告(摘编)", "region": "六安市"},
                 [("2100亿元", "gdp", "actual", "2021"), ("7.1%", "gdp_growth", "actual", "2017-2021"),
                  ("30万人", "urban_new_jobs", "actual", "2017-2021")],
                 id="the heading right under an unnumbered part's first holds for the sections after it, text between"),
    pytest.param("会议部署了今后五年的目标任务，到2030年地区生产总值达到1.5万亿元，人均生产总值达到15万元；"
                 "全社会研发投入强度超过3%，粮食总产量稳定在600万吨以上。全省粮食总产量达到580万吨。\n",
                 {"date": "2026-01-25", "title": "部署今后五年目标", "region": "浙江省"},
                 [("1.5万亿元", "gdp", "plan", "2030"), ("15万元", "gdp_per_capita", "plan", "2030"),
                  ("超过3%", "rd_intensity", "plan", "2030"), ("600万吨以上", "grain_output", "plan", "2030"),
                  ("580万吨", "grain_output", "actual", "2025")],
                 id="a plan's horizon holds through its sentence's clauses after a semicolon, not past its full stop"),
    pytest.param("全省社会消费品零售总额4000亿元，同比增长5%。\n", {"date": "2025-01-17", "title": "12月份全省经济运行情况",
                 "region": "江苏省"},
                 [("4000亿元", "retail_sales", "actual", "2024-12"), ("5%", "retail_sales_growth", "actual", "2024-12")],
                 id="a month's release comes out after its month: December's in January is of the year before"),
    pytest.param("会议指出，全区规上工业增加值增长8.5%。\n", {"date": "2025-06-20", "title": "区政府召开6月份经济运行调度会",
                 "region": "南京市"},
                 [("8.5%", "industrial_value_added_growth", "actual", "2025")],
                 id="…and one titled with the month it is in is no month's release"),
    pytest.param("规划提出，到2025年全市地区生产总值达到1万亿元；目前全市地区生产总值已达到9500亿元。\n",
                 {"date": "2024-06-01", "region": "苏州市"},
                 [("1万亿元", "gdp", "plan", "2025"), ("9500亿元", "gdp", "actual", "2024")],
                 id="a clause telling where things stand now takes no goal's horizon from the clause before"),
    pytest.param("湖南省2025年国民经济和社会发展计划\n2024年，我省经济运行呈现良好态势。全年地区生产总值增长4.8%、总量达5.3万亿元。\n"
                 "2025年经济社会发展主要预期目标是：地区生产总值增长5.5%左右。\n",
                 {"date": "2025-02-26", "title": "湖南省人民政府关于印发《湖南省2025年国民经济和社会发展计划》的通知",
                  "region": "湖南省"},
                 [("4.8%", "gdp_growth", "actual", "2024"), ("5.3万亿元", "gdp", "actual", "2024"),
                  ("5.5%左右", "gdp_growth", "target", "2025")],
                 id="a year's plan: 全年 after a sentence naming the year before reviews that year"),
    pytest.param("聚焦今后五年，省长表示，规划纲要提出了20个预期性指标。其中，地区生产总值年均增长5%左右；"
                 "居民人均可支配收入年均增长5%左右。\n",
                 {"date": "2026-01-27", "title": "江西实施亿元以上省大中型项目1.3万余个", "region": "江西省"},
                 [("20个", None, "plan", "2030"), ("5%左右", "gdp_growth", "plan", "2026-2030"),
                  ("5%左右", "disposable_income_per_capita_growth", "plan", "2026-2030")],
                 id="a sentence opening with 其中 goes on with the coming span the one before named"),
    pytest.param("未来五年，全市将新建学校120所。其中，高中20所。全市现有中小学1500所。"
                 "全省现有国家级开发区30家，今后五年力争新增10家。其中，经济技术开发区18家。\n",
                 {"date": "2026-01-27", "region": "南京市"},
                 [("120所", None, "plan", "2026-2030"), ("20所", None, "plan", "2030"), ("1500所", None, "actual", "2025"),
                  ("30家", None, "actual", "2025"), ("10家", None, "plan", "2026-2030"), ("18家", None, "actual", "2025")],
                 id="…in the 其中 sentence only, and only a span opening the sentence before"),
    pytest.param("湖南省2025年国民经济和社会发展计划\n综合考虑2024年经济运行态势，与规划目标相衔接。全年地区生产总值增长5.5%左右。"
                 "今年要在2024年基础上稳中求进。力争全年城镇调查失业率5.5%以内。\n",
                 {"date": "2025-02-26", "title": "湖南省人民政府关于印发《湖南省2025年国民经济和社会发展计划》的通知",
                  "region": "湖南省"},
                 [("5.5%左右", "gdp_growth", "target", "2025"), ("5.5%以内", "surveyed_unemployment", "target", "2025")],
                 id="a year's plan: a year named inside a sentence, or a goal's bound, leaves 全年 the plan's year"),
    pytest.param("1~2月，我省CPI同比上涨1.4%，低于全国的1.7%。\n", {"date": "2017-03-10", "region": "河南省"},
                 [("1.4%", "cpi", "actual", "2017-01..02"), ("1.7%", "cpi", "actual", "2017-01..02")],
                 id="the value a comparison's base has after 的 is the same measure's"),
])
def test_cases_of_the_fifteenth_session(text, meta, expected):
    assert _facts(text, meta) == expected


_CASES_OF_THE_SIXTEENTH_SESSION = [
    pytest.param("其中4月当月，规模以上工业增加值同比增长7.5%。1-4月，规模以上工业增加值增长8.1%。\n",
                 {"date": "2016-05-19", "title": "前4月四川全省国民经济主要指标数据发布", "region": "四川省"},
                 [("7.5%", "industrial_value_added_growth", "actual", "2016-04"),
                  ("8.1%", "industrial_value_added_growth", "actual", "2016-01..04")],
                 id="N月当月 is the month, not the months so far"),
    pytest.param("省长在作政府工作报告时介绍道，2023年湖南全年地区生产总值增长4.6%，地方一般公共预算收入增长8.3%。\n",
                 {"date": "2024-01-24", "title": "2024年湖南GDP目标增长6%左右", "region": "湖南省"},
                 [("4.6%", "gdp_growth", "actual", "2023"), ("8.3%", "general_budget_revenue_growth", "actual", "2023")],
                 id="a year, then a place's short name, then 全年: that year's"),
    pytest.param("全市地区生产总值增长5.4%，其中一、二、三产增加值分别增长4.4%、5.9%、5.8%。\n",
                 {"date": "2026-02-01", "title": "横州市政府工作报告", "region": "横州市"},
                 [("5.4%", "gdp_growth", "actual", "2025"), ("4.4%", "primary_industry_growth", "actual", "2025"),
                  ("5.9%", "secondary_industry_growth", "actual", "2025"),
                  ("5.8%", "services_value_added_growth", "actual", "2025")],
                 id="一、二、三产 names the three sectors for a list"),
    pytest.param("全年粮食总产量16.28万吨，较上年增长0.5%。\n",
                 {"date": "2024-04-15", "title": "子洲县二〇二三年国民经济和社会发展统计公报", "region": "子洲县"},
                 [("16.28万吨", "grain_output", "actual", "2023"), ("0.5%", "grain_output_growth", "actual", "2023")],
                 id="a communique's title year in Chinese numerals"),
    pytest.param("记者从新闻通气会上获悉，前三季度，全市主要指标不断改善，地区生产总值为686.36亿元，同比增长2.0%。\n",
                 {"date": "2020-10-28", "title": "2020年前三季度全市经济运行情况", "region": "南京市"},
                 [("686.36亿元", "gdp", "actual", "2020-Q1..Q3"), ("2.0%", "gdp_growth", "actual", "2020-Q1..Q3")],
                 id="主要指标 told improving is no plan's"),
    pytest.param("1-5月，我市规模以上工业实现工业增加值1038.5亿元，按可比价计算增长8.5%。\n",
                 {"date": "2015-06-12", "title": "1-5月常州市经济运行情况", "region": "常州市"},
                 [("1038.5亿元", None, "actual", "2015-01..05"),
                  ("8.5%", "industrial_value_added_growth", "actual", "2015-01..05")],
                 id="规模以上工业实现工业增加值: the verb, then the phrase's last word again"),
    pytest.param("主要目标\n生产总值增长11.5%左右，全社会固定资产投资增长23%左右。\n",
                 {"date": "2015-04-29", "title": "镇安县2015年政府工作报告:主要目标", "region": "镇安县"},
                 [("11.5%左右", "gdp_growth", "target", "2015"), ("23%左右", "fixed_asset_investment_growth", "target", "2015")],
                 id="a heading 主要目标 opens the year's goals"),
    pytest.param("二季度全县地区生产总值增长-8.7%，较一季度(-10.8%)回升2.1个百分点。\n",
                 {"date": "2024-07-20", "title": "2024年上半年全县经济运行情况", "region": "平昌县"},
                 [("-8.7%", "gdp_growth", "actual", "2024-Q2"), ("-10.8%", "gdp_growth", "actual", "2024-Q1"),
                  ("2.1个百分点", None, "actual", "2024-Q2")],
                 id="a base's value is of the base's part of the year"),
    pytest.param("2021年全县地区生产总值完成1017805万元，按2020年不变价格计算比上年(以下简称同比)增长9.4%。年末全县人口38.12万人。"
                 "区属地区生产总值达到379.95亿元。\n",
                 {"date": "2022-03-01", "title": "某县2021年国民经济和社会发展统计公报", "region": "平昌县"},
                 [("1017805万元", "gdp", "actual", "2021"), ("9.4%", "gdp_growth", "actual", "2021"),
                  ("38.12万人", "population", "actual", "2021-12-31"), ("379.95亿元", None, "actual", "2021")],
                 id="prices of a year and a short name defined on the way; 全县人口; 区属, a part"),
    pytest.param("全年完成财政总收入4.17亿元、增长6.1%，完成地方财政收入3.02亿元、增长9.2%。\n",
                 {"date": "2016-02-01", "title": "某县2016年政府工作报告", "region": "平昌县"},
                 [("4.17亿元", "fiscal_revenue", "actual", "2015"), ("6.1%", "fiscal_revenue_growth", "actual", "2015"),
                  ("3.02亿元", "general_budget_revenue", "actual", "2015"),
                  ("9.2%", "general_budget_revenue_growth", "actual", "2015")],
                 id="地方财政收入, the local level's revenue, is filed as general budget revenue"),
    pytest.param("一、2023年主要目标完成情况\n全市地区生产总值增长6.5%。\n",
                 {"date": "2024-02-20", "title": "关于湖州市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告",
                  "region": "湖州市"}, [("6.5%", "gdp_growth", "actual", "2023")],
                 id="主要目标完成情况 heads a review"),
    pytest.param("全年全市地区生产总值3850.6亿元，按2020年可比价格计算，比上年增长6.5%。\n",
                 {"date": "2024-03-15", "title": "湖州市2023年国民经济和社会发展统计公报", "region": "湖州市"},
                 [("3850.6亿元", "gdp", "actual", "2023"), ("6.5%", "gdp_growth", "actual", "2023")],
                 id="the year of comparable prices is no period"),
    pytest.param("一季度，全市地区生产总值增长5.1%，比2023年四季度(5.3%)回落0.2个百分点。9月份，全市居民消费价格同比上涨0.3%，"
                 "比8月的0.1%扩大0.2个百分点。\n", {"date": "2024-04-20", "title": "2024年一季度全市经济运行情况", "region": "湖州市"},
                 [("5.1%", "gdp_growth", "actual", "2024-Q1"), ("5.3%", None, "actual", "2023-Q4"),
                  ("0.2个百分点", None, "actual", "2024-Q1"), ("0.3%", "cpi", "actual", "2023-09"),
                  ("0.1%", None, "actual", "2023-08"), ("0.2个百分点", None, "actual", "2023-09")],
                 id="a base's value with its year or its month alone"),
]


_CASES_OF_THE_SEVENTEENTH_SESSION = [
    pytest.param("五年来，全市地区生产总值年均增长7.2%。今后五年，地区生产总值年均增长6%左右，总量突破1.5万亿元。\n",
                 {"date": "2022-01-10", "title": "厦门：2021年预计地区生产总值增长8%", "region": "厦门市"},
                 [("7.2%", "gdp_growth", "actual", "2017-2021"), ("6%左右", "gdp_growth", "plan", "2022-2026"),
                  ("突破1.5万亿元", "gdp", "plan", "2026")],
                 id="spans spoken of count from the year of writing, not the year a title names"),
    pytest.param("加快发展现代农业，粮食总产增长2.1%。全年固定资产投资增长8.4%。\n",
                 {"date": "2019", "title": "去年全省实现生产总值2.1万亿元", "region": "陕西省"},
                 [("2.1%", "grain_output_growth", "actual", "2018"), ("8.4%", "fixed_asset_investment_growth", "actual", "2018")],
                 id="a title's 去年 is the year the story is about"),
    pytest.param("2024年，全市上下坚持稳中求进。\n全年全市地区生产总值增长5.6%。\n", {"date": "2025", "title": "走进梧州", "region": "梧州市"},
                 [("5.6%", "gdp_growth", "actual", "2024")], id="a text opening with a year is about it"),
    pytest.param("一季度、上半年、全年全市地区生产总值分别增长5.1%、5.3%、5.6%。\n",
                 {"date": "2025-02-10", "title": "2025年梧州市政府工作报告", "region": "梧州市"},
                 [("5.1%", "gdp_growth", "actual", "2024-Q1"), ("5.3%", "gdp_growth", "actual", "2024-H1"),
                  ("5.6%", "gdp_growth", "actual", "2024")], id="times listed before 分别 give the figures their times in order"),
    pytest.param("5月，一般公共预算收入累计完成3.2亿元，当月完成0.6亿元。\n",
                 {"date": "2024-06-12", "title": "2024年5月财政收支情况", "region": "文山州"},
                 [("3.2亿元", "general_budget_revenue", "actual", "2024-01..05"), ("0.6亿元", None, "actual", "2024-05")],
                 id="a month's total so far (累计) is the months so far; 当月 the month"),
    pytest.param("2024年主要预期目标建议为：地区生产总值增长6%以上；一般公共预算收入增长5%以上；"
                 "一般公共预算支出（扣除2023年一次性支出）增长3%。\n",
                 {"date": "2024", "title": "2024年政府工作报告", "region": "文山州"},
                 [("6%以上", "gdp_growth", "target", "2024"), ("5%以上", "general_budget_revenue_growth", "target", "2024"),
                  ("3%", None, "target", "2024")], id="a draft's list of goals (建议为); a year inside an aside is its own"),
    pytest.param("完成“十四五”规划中期评估，全省地区生产总值增长5.8%。\n",
                 {"date": "2024-01-25", "title": "关于2023年国民经济和社会发展计划执行情况的报告", "region": "四川省"},
                 [("5.8%", "gdp_growth", "actual", "2023")], id="a plan assessed as a paper gives no time to the figures after it"),
    pytest.param("全年财政总收入省口径完成45.6亿元。全市研究与试验发展经费投入强度达到2.5%。\n",
                 {"date": "2023-03-01", "title": "2022年国民经济和社会发展统计公报", "region": "衢州市"},
                 [("45.6亿元", "fiscal_revenue", "actual", "2022"), ("2.5%", "rd_intensity", "actual", "2022")],
                 id="the way of counting (省口径) in the gap; 研究与试验发展 is 研发"),
    pytest.param("规上工业总产值、增加值分别增长12.1%，9.8%。全市地区生产总值2021-2024年年均增长6.1%。\n",
                 {"date": "2025-01-20", "title": "2025年梧州市政府工作报告", "region": "梧州市"},
                 [("12.1%", None, "actual", "2024"), ("9.8%", "industrial_value_added_growth", "actual", "2024"),
                  ("6.1%", "gdp_growth", "actual", "2021-2024")],
                 id="figures after 分别 joined by commas; a span of years in the gap"),
    pytest.param("今年发展主要预期目标是：地区生产总值增长5%左右；城镇新增就业6万人，城镇调查失业率全年控制在5.5%以内。\n",
                 {"date": "2024-02-05", "title": "政府工作报告：2023年全市地区生产总值增长5.6%", "region": "梧州市"},
                 [("5%左右", "gdp_growth", "target", "2024"), ("6万人", "urban_new_jobs", "target", "2024"),
                  ("5.5%以内", "surveyed_unemployment", "target", "2024")], id="全年 after 今年 in a list of goals is 今年"),
    pytest.param("过去5年，全市地区生产总值年均增长6.5%。粮食产量创近5年新高，规模以上工业增加值增长7.3%。\n",
                 {"date": "2026-01-20", "title": "2026年梧州市政府工作报告", "region": "梧州市"},
                 [("6.5%", "gdp_growth", "actual", "2021-2025"),
                  ("7.3%", "industrial_value_added_growth", "actual", "2021-2025")],
                 id="过去5年 in digits is a span, carried as 过去五年 is; 近5年新高 is a record, no span"),
    pytest.param("全省高技术制造业、装备制造业增加值分别增长12.6%、8.1%。全省经营主体数量612.5万户。铁路里程达4100公里。\n",
                 {"date": "2024-02-20", "title": "2023年湖南省国民经济和社会发展统计公报", "region": "湖南省"},
                 [("12.6%", "high_tech_manufacturing_growth", "actual", "2023"), ("8.1%", None, "actual", "2023"),
                  ("612.5万户", "business_entities", "actual", "2023"), ("4100公里", "railway_mileage", "actual", "2023")],
                 id="a scope word before things listed; 经营主体数量, 铁路里程"),
]


# Over-reach of the session's rules, found by a review: none of these changes.
_CASES_OF_THE_SEVENTEENTH_SESSION_REVIEW = [
    pytest.param("今年全市将新开工重大项目120个，全年完成投资1500亿元。\n",
                 {"date": "2025-01-25", "title": "2024年全市经济运行情况", "region": "长沙市"},
                 [("120个", None, "target", "2025"), ("1500亿元", None, "target", "2025")],
                 id="this year's whole-year figures in January are goals, though the text is about last year"),
    pytest.param("全市金融机构存款余额（截至6月末）达到1.2万亿元。全市常住人口城镇化率（截至2024年末）达到62.5%。\n",
                 {"date": "2025-08-01", "region": "长沙市"},
                 [("1.2万亿元", None, "actual", "2025-06"), ("62.5%", None, "actual", "2024-12-31")],
                 id="a time alone in brackets is the figure's"),
    pytest.param("2020年，面对突如其来的疫情，我们迎难而上。上半年，全市规模以上工业增加值增长6.5%。\n",
                 {"date": "2025-06-10", "region": "长沙市"}, [("6.5%", "industrial_value_added_growth", "actual", "2025-H1")],
                 id="a year opening a story dated mid-year is no topic"),
    pytest.param("一季度，全省接待游客1.8亿人次。\n",
                 {"date": "2025-04-20", "title": "去年我省旅游收入创新高 今年一季度持续回暖", "region": "湖南省"},
                 [("1.8亿人次", "tourist_visits", "actual", "2025-Q1")], id="a title naming this year too is this year's"),
    pytest.param("全市新增经营主体5.2万户。\n", {"date": "2025-03-20", "title": "去年以来我市新增市场主体5万户", "region": "长沙市"},
                 [("5.2万户", None, "actual", "2025")], id="去年以来 in a title is a start, no year"),
    pytest.param("在去年高基数的基础上，全年全省规模以上工业增加值增长6%。\n", {"date": "2025-12-20", "region": "湖南省"},
                 [("6%", "industrial_value_added_growth", "actual", "2025")], id="全年 after a base of last year is this year"),
    pytest.param("过去5年，全市地区生产总值年均增长6.5%。\n",
                 {"date": "2025-04-25", "title": "2024年长沙市经济运行情况", "region": "长沙市"},
                 [("6.5%", "gdp_growth", "actual", "2020-2024")], id="过去5年 counts from the year of writing, as 过去五年"),
    pytest.param("4月，自贸试验区挂牌以来累计实现进出口总额1800亿元。4月，全省外贸进出口累计完成1800亿元，同比增长6.5%。\n",
                 {"date": "2025-06-01", "region": "湖南省"},
                 [("1800亿元", "trade_total", "actual", "2025-04"), ("1800亿元", "trade_total", "actual", "2025-01..04"),
                  ("6.5%", "trade_total_growth", "actual", "2025-01..04")],
                 id="a total since an opening is no year's so far; a change of the months so far is theirs"),
    pytest.param("“十四五”规划中期评估显示，全省地区生产总值年均增长5.5%。全省地方铁路里程达到600公里。\n",
                 {"date": "2025-03-01", "region": "湖南省"},
                 [("5.5%", "gdp_growth", "actual", "2021-2025"), ("600公里", None, "actual", "2025")],
                 id="an assessment as a source keeps the plan's span; local railways are a part"),
    pytest.param("2024年，全省外贸进出口增长8%。1-2月，全省外贸进出口总额达800亿元。今年以来，全省外贸进出口总额达800亿元。\n",
                 {"date": "2025-03-18", "title": "湖南外贸实现开门稳", "region": "湖南省"},
                 [("8%", "trade_total_growth", "actual", "2024"), ("800亿元", "trade_total", "actual", "2025-01..02"),
                  ("800亿元", "trade_total", "actual", "2025")],
                 id="in a text about last year, a part of a year named alone is the latest over, and so far is no goal"),
    pytest.param("自2021年以来，全市累计新增就业50万人，全年新增城镇就业12.5万人。\n",
                 {"date": "2025-03-20", "title": "长沙市2024年国民经济和社会发展统计公报", "region": "长沙市"},
                 [("50万人", "urban_new_jobs", "actual", "2021-2024"), ("12.5万人", "urban_new_jobs", "actual", "2024")],
                 id="全年 after the year of a start is the text's year (and 自2021年以来 runs to it: 2021-2024)"),
    pytest.param("该项目建设历时近5年，总投资120亿元。全市和全省居民人均可支配收入分别增长6.1%和5.8%。\n",
                 {"date": "2025-06-20", "region": "长沙市"},
                 [("近5年", None, "actual", "2025"), ("120亿元", None, "actual", "2025"),
                  ("6.1%", "disposable_income_per_capita_growth", "actual", "2025"),
                  ("5.8%", "disposable_income_per_capita_growth", "actual", "2025")],
                 id="近5年 inside a clause is a duration; scope words that are the listed things"),
    pytest.param("年末全县户籍总人口19.5万人，其中城镇人口6.6万人。年末全县常住人口50万人，其中城镇人口30万人。\n",
                 {"date": "2024-03-01", "title": "2023年国民经济和社会发展统计公报", "region": "五莲县"},
                 [("19.5万人", None, "actual", "2023-12-31"), ("6.6万人", None, "actual", "2023-12-31"),
                  ("50万人", "population", "actual", "2023-12-31"), ("30万人", "urban_population", "actual", "2023-12-31")],
                 id="the urban part of a registered population is no resident count"),
]


_CASES_OF_THE_EIGHTEENTH_SESSION = [
    pytest.param("每月经济运行简况(2023年6月)\n今年以来，全县经济稳中有进。1-6月，实现地区生产总值88.2亿元，增长5.1%。\n"
                 "二、工业。规模以上工业增加值增长6.3%。\n三、消费。社会消费品零售总额40.5亿元，增长7.2%。\n",
                 {"date": "2023", "title": "每月经济运行简况(2023年6月)", "region": "宁远县"},
                 [("88.2亿元", "gdp", "actual", "2023-H1"), ("5.1%", "gdp_growth", "actual", "2023-H1"),
                  ("6.3%", "industrial_value_added_growth", "actual", "2023-H1"),
                  ("40.5亿元", "retail_sales", "actual", "2023-H1"), ("7.2%", "retail_sales_growth", "actual", "2023-H1")],
                 id="a month's release that first names the months so far is of them"),
    pytest.param("今年是“十五五”开局之年，全市地区生产总值增长5.5%左右，一般公共预算收入增长4%左右。\n",
                 {"date": "2026-01-20", "title": "2026年政府工作报告", "region": "常州市"},
                 [("5.5%左右", "gdp_growth", "target", "2026"), ("4%左右", "general_budget_revenue_growth", "target", "2026")],
                 id="a plan's first year named is no time of the plan"),
    pytest.param("全年全县地区生产总值（GDP）跨越五百亿大关，实现512.6亿元。一般公共预算收入20.1亿元，其中地方级税收收入14.2亿元。\n",
                 {"date": "2024-03-10", "title": "2023年国民经济和社会发展统计公报", "region": "寿光市"},
                 [("512.6亿元", "gdp", "actual", "2023"), ("20.1亿元", "general_budget_revenue", "actual", "2023"),
                  ("14.2亿元", "tax_revenue", "actual", "2023")],
                 id="a threshold without digits stands between phrase and value; 地方级税收收入"),
    pytest.param("1-8月，全市规模以上工业增长7.1%，其中，8月当月增长6.4%；高技术制造业增长12.5%，高技术制造业投资增长9%。\n",
                 {"date": "2022-09-20", "title": "1-8月全市经济运行情况", "region": "株洲市"},
                 [("7.1%", "industrial_value_added_growth", "actual", "2022-01..08"),
                  ("6.4%", "industrial_value_added_growth", "actual", "2022-08"),
                  ("12.5%", "high_tech_manufacturing_growth", "actual", "2022-01..08"), ("9%", None, "actual", "2022-01..08")],
                 id="a release's short names; a month's part after 其中 keeps the measure"),
    pytest.param("上半年，全省规模以上工业增加值同比增长4.2%，其中，二季度增长6.1%，一季度增长2.3%。"
                 "其中规模以上、规模以下工业增加值分别增长4.2%和3.1%。\n",
                 {"date": "2021-07-25", "title": "上半年全省经济运行", "region": "湖北省"},
                 [("4.2%", "industrial_value_added_growth", "actual", "2021-H1"),
                  ("6.1%", "industrial_value_added_growth", "actual", "2021-Q2"),
                  ("2.3%", "industrial_value_added_growth", "actual", "2021-Q1"),
                  ("4.2%", "industrial_value_added_growth", "actual", "2021-H1"), ("3.1%", None, "actual", "2021-H1")],
                 id="quarters after 其中; a list opened by 其中 shares its head"),
    pytest.param("全年第一产业增加值30.1亿元，第二产业增加值120.5亿元，第三产业增加值160.2亿元，增速分别为3.1%、5.2%、6.3%。\n",
                 {"date": "2024-03-15", "title": "2023年国民经济和社会发展统计公报", "region": "汉川市"},
                 [("30.1亿元", None, "actual", "2023"), ("120.5亿元", None, "actual", "2023"), ("160.2亿元", None, "actual", "2023"),
                  ("3.1%", "primary_industry_growth", "actual", "2023"), ("5.2%", "secondary_industry_growth", "actual", "2023"),
                  ("6.3%", "services_value_added_growth", "actual", "2023")],
                 id="growth rates stated as values after 增速 still spread back over the things before"),
    pytest.param("核心观点 - 全市经济稳中向好 [1] - 全市社会消费品零售总额由2020年的810亿元增加至2024年的960亿元 [2]"
                 " - 2024年全社会研发经费投入超30亿元，较2020年增长48% [3]\n",
                 {"date": "2025-12-01", "title": "“十四五”经济发展回顾", "region": "芜湖市"},
                 [("810亿元", "retail_sales", "actual", "2020"), ("960亿元", "retail_sales", "actual", "2024"),
                  ("超30亿元", "rd_expenditure", "actual", "2024"), ("48%", "rd_expenditure_growth", "actual", "2021-2024")],
                 id="bullets run together on one line are sentences of their own"),
    pytest.param("三季度，国内生产总值同比增长4.9%。分产业看，前三季度第一产业增加值51430亿元，同比增长7.4%；第二产业增加值320940亿元，"
                 "同比增长10.6%。其中，出口总值增长7.2%。高新技术企业总数超过3.2万家。\n",
                 {"date": "2021-10-20", "title": "前三季度经济数据解读", "region": None},
                 [("4.9%", "gdp_growth", "actual", "2021-Q3"), ("51430亿元", None, "actual", "2021-Q1..Q3"),
                  ("7.4%", "primary_industry_growth", "actual", "2021-Q1..Q3"), ("320940亿元", None, "actual", "2021-Q1..Q3"),
                  ("10.6%", "secondary_industry_growth", "actual", "2021-Q1..Q3"),
                  ("7.2%", "exports_growth", "actual", "2021-Q1..Q3"), ("超过3.2万家", "high_tech_enterprises", "actual", "2021-Q1..Q3")],
                 id="a part of the year after a frame of the view holds past a semicolon; 出口总值, 高新技术企业总数"),
    pytest.param("2024年、2025年分别发行1万亿元、1.3万亿元超长期特别国债。拟安排中央预算内投资7550亿元，安排8000亿元超长期特别国债资金。\n",
                 {"date": "2025-03-05", "title": "政府工作报告", "region": None},
                 [("1万亿元", "special_treasury_bonds", "actual", "2024"), ("1.3万亿元", "special_treasury_bonds", "actual", "2025"),
                  ("7550亿元", "central_budget_investment", "target", "2025"),
                  ("8000亿元", "special_treasury_bonds", "target", "2025")],
                 id="bonds issued named after their amounts, a list's too"),
    pytest.param("2月份，全县实现大口径财政收入5682万元，地方级财政收入4526万元，财政支出8314万元，其中中央财政支出补助1981万元。\n",
                 {"date": "2024-03-20", "title": "2月份全县财政收支情况", "region": "宁陕县"},
                 [("5682万元", "fiscal_revenue", "actual", "2024-02"), ("4526万元", "general_budget_revenue", "actual", "2024-02"),
                  ("8314万元", "general_budget_expenditure", "actual", "2024-02"), ("1981万元", None, "actual", "2024-02")],
                 id="大口径财政收入, 地方级财政收入, 财政支出 (not 中央)"),
    pytest.param("上海港货柜吞吐量达到4915.8万标准箱。1~11月，市辖区居民消费价格同比上涨1.3%。\n",
                 {"date": "2023-12-20", "region": "上海市"},
                 [("4915.8万标准箱", "container_throughput", "actual", "2023"), ("1.3%", None, "actual", "2023-01..11")],
                 id="货柜吞吐量; 市辖区 is a part of the city"),
    pytest.param("原标题：今年前11月成都社会消费品零售总额超去年全年\n统计数据显示，前11月全市规模以上工业增加值同比增长11.6%。\n",
                 {"date": "2021-12-26", "title": "今年前11月成都社会消费品零售总额超去年全年", "region": "成都市"},
                 [("11.6%", "industrial_value_added_growth", "actual", "2021-01..11")],
                 id="a heading of this year's months so far heads outcomes"),
]


# Over-reach and under-reach of the session's rules, found by a review.
_CASES_OF_THE_EIGHTEENTH_SESSION_REVIEW = [
    pytest.param("全省高技术产业投资增长10.1%，其中高技术制造业增长9.8%。全社会用电量增长7.2%，其中，规模以上工业增长6.5%。"
                 "民间投资中，高技术制造业增长30.2%。全省工业投资增长10.2%，规模以上工业、高技术制造业投资分别增长9.2%、18.3%。"
                 "全市非规模以上工业增长2.5%，中小规模工业增长5.6%。\n",
                 {"date": "2024-12-20", "title": "1-11月全省经济运行", "region": "江西省"},
                 [("10.1%", None, "actual", "2024-01..11"), ("9.8%", None, "actual", "2024-01..11"),
                  ("7.2%", None, "actual", "2024-01..11"), ("6.5%", None, "actual", "2024-01..11"),
                  ("30.2%", None, "actual", "2024-01..11"), ("10.2%", None, "actual", "2024-01..11"),
                  ("9.2%", None, "actual", "2024-01..11"), ("18.3%", None, "actual", "2024-01..11"),
                  ("2.5%", None, "actual", "2024-01..11"), ("5.6%", None, "actual", "2024-01..11")],
                 id="a release's short names only as a clause's subject, not in a breakdown or a list of another measure"),
    pytest.param("2024年末，全市本外币各项存款余额12560亿元。\n", {"date": "2025-01-15", "title": "2024年12月份全市金融运行情况",
                 "region": "南京市"}, [("12560亿元", None, "actual", "2024-12-31")], id="a year's end opening a month's release"),
    pytest.param("上半年，全省居民消费价格同比上涨0.2%。\n\n6月份，全省居民消费价格同比上涨0.4%。\n\n食品烟酒类价格下降1.2%。\n",
                 {"date": "2024-07-15", "title": "2024年6月份全省居民消费价格变动情况", "region": "山东省"},
                 [("0.2%", "cpi", "actual", "2024-H1"), ("0.4%", "cpi", "actual", "2024-06"), ("1.2%", None, "actual", "2024-06")],
                 id="a month's release whose opening names the month too is of the month"),
    pytest.param("“十三五”最后一年，全市地区生产总值达到5000亿元。“十五五”第一年，全市地区生产总值预期增长6%左右。"
                 "2024年，全市社会消费品零售总额增长5.2%，其中12月增长4.1%。\n", {"date": "2025-12-20", "region": "杭州市"},
                 [("5000亿元", "gdp", "actual", "2020"), ("6%左右", "gdp_growth", "target", "2026"),
                  ("5.2%", "retail_sales_growth", "actual", "2024"), ("4.1%", "retail_sales_growth", "actual", "2024-12")],
                 id="a plan's last and first years; a month after 其中"),
    pytest.param("全市工业用电量连续3月增长，增幅达12.1%。今年以来，全市累计接待游客1.2亿人次，恢复至2019年同期的105%，其中10月份接待游客"
                 "1200万人次。\n", {"date": "2023-11-15", "region": "杭州市"},
                 [("12.1%", None, "actual", "2023"), ("1.2亿人次", "tourist_visits", "actual", "2023"),
                  ("105%", None, "actual", "2023"), ("1200万人次", "tourist_visits", "actual", "2023-10")],
                 id="a run of months is no month; a month after 其中 takes no base's year (nor the ratio to it: 恢复至2019年"
                    "同期的105% is this year's)"),
    pytest.param("1-11月，全市经济运行总体平稳。截至11月末，全市金融机构本外币存款余额2.1万亿元。\n\n规模以上工业增加值增长6.2%。\n",
                 {"date": "2024-12-20", "title": "2024年11月全市经济运行简况", "region": "长沙市"},
                 [("2.1万亿元", None, "actual", "2024-11"), ("6.2%", "industrial_value_added_growth", "actual", "2024-01..11")],
                 id="a month's end in the opening leaves a release of the months so far"),
    pytest.param("全省规模以上工业增加值增长6.2%，其中，高技术制造业增长15.1%。全年全部工业增加值比上年增长5.8%，其中规模以上工业增长6.1%。"
                 "湖南省规模以上工业增长7.1%。“十四五”开局之年以来，全市累计新增城镇就业85万人。\n",
                 {"date": "2024-06-20", "region": "四川省"},
                 [("6.2%", "industrial_value_added_growth", "actual", "2024"),
                  ("15.1%", "high_tech_manufacturing_growth", "actual", "2024"), ("5.8%", None, "actual", "2024"),
                  ("6.1%", "industrial_value_added_growth", "actual", "2024"),
                  ("7.1%", "industrial_value_added_growth", "actual", "2024"),
                  ("85万人", "urban_new_jobs", "actual", "2021-2024")],
                 id="a breakdown of value added keeps the short names; a place before them; the plan's years so far"),
]


_CASES_OF_THE_NINETEENTH_SESSION = [
    pytest.param("工业生产者出厂价格(PPI)涨幅逐步回落,全年平均同比上涨3.6%。工业品出厂价格上涨2.78%。"
                 "2011年山东省gdp预期增长目标为10%左右。\n",
                 {"date": "2019-01-20", "title": "价格运行分析", "region": "河北省"},
                 [("3.6%", "ppi", "actual", "2018"), ("2.78%", "ppi", "actual", "2018"),
                  ("10%左右", "gdp_growth", "target", "2011")],
                 id="a name with its abbreviation in brackets is one phrase; 工业品出厂价格; Latin in any case"),
    pytest.param("一季度,云南省固定资产投资总体平稳、增长4%;投资结构持续优化。11月份,12345政务服务便民热线共受理群众各类诉求284406件。\n",
                 {"date": "2023-12-20", "title": "经济运行", "region": "云南省"},
                 [("4%", "fixed_asset_investment_growth", "actual", "2023-Q1"),
                  ("284406件", "hotline_requests", "actual", "2023-11")],
                 id="predicates listed with 、 after the subject; a hotline's requests of every kind"),
    pytest.param("前3季社會消費品零售總額34兆2107億元,同比增長6.8%。\n",
                 {"date": "2023-10-20", "title": "大陸前3季經濟數據", "region": None},
                 [("34兆2107億元", "retail_sales", "actual", "2023-Q1..Q3"),
                  ("6.8%", "retail_sales_growth", "actual", "2023-Q1..Q3")],
                 id="前3季 is the first three quarters"),
    pytest.param("“十一五”期末,全区完成生产总值249.1亿元,是“十五”期末的1.9倍,年均增长15%。\n",
                 {"date": "2011-01-20", "title": "政府工作报告", "region": "南岸区"},
                 [("249.1亿元", "gdp", "actual", "2010"), ("1.9倍", None, "actual", "2010"),
                  ("15%", "gdp_growth", "actual", "2006-2010")],
                 id="a multiple of a plan's end joins its figures and starts the span after it"),
    pytest.param("全省生产总值增加到2005年的4070亿元,比“十五”计划目标3000亿元超过1070亿元。"
                 "全年财政总收入完成56亿元，比年初预算目标50亿元超收6亿元。\n",
                 {"date": "2006-01-20", "title": "“十五”回顾", "region": "安徽省"},
                 [("4070亿元", "gdp", "actual", "2005"), ("3000亿元", "gdp", "plan", "2005"), ("超过1070亿元", None, "actual", "2005"),
                  ("56亿元", "fiscal_revenue", "actual", "2005"), ("50亿元", "fiscal_revenue", "target", "2005"),
                  ("6亿元", None, "actual", "2005")],
                 id="a goal's value as a comparison's base, and by how much it was passed"),
    pytest.param("1-3月,全县固定资产投资同比增长17.4%,增幅较1-2月(-0.6%)提高18.0个百分点。"
                 "如果2020年全国GDP总额达到90万亿元,研发投入将随之增加。\n",
                 {"date": "2022-04-20", "title": "一季度经济运行", "region": "昆明市"},
                 [("17.4%", "fixed_asset_investment_growth", "actual", "2022-Q1"),
                  ("-0.6%", "fixed_asset_investment_growth", "actual", "2022-01..02"), ("18.0个百分点", None, "actual", "2022-Q1"),
                  ("90万亿元", "gdp", None, "2020")],
                 id="a base's value in brackets; a supposition is neither outcome nor goal"),
]


_STATUS_OF_THE_NINETEENTH_SESSION = [
    pytest.param("记者获悉:2022年我国实现新开工改造5.1万个城镇老旧小区的年度目标任务,城市燃气管道等老化更新改造项目开工1.69万个。\n"
                 "今年要以发展保障性租赁住房为重点。新开工改造城镇老旧小区5.3万个以上。今年将新开工改造城市燃气管道10万公里以上。\n",
                 {"date": "2023-01-18", "title": "住房和城乡建设工作", "region": None},
                 [("5.1万个", "old_residential_renovation", "actual", "2022"), ("1.69万个", None, "actual", "2022"),
                  ("5.3万个以上", "old_residential_renovation", "target", "2023"), ("10万公里以上", None, "target", "2023")],
                 id="this year's tasks told ahead (今年要, 今年将); a year's goal met, named far after 实现 in its clause"),
]


def test_a_rank_told_between_a_value_and_its_growth():
    text = "全市地区生产总值完成423.46亿元,总量稳居南宁市县域第一、全区县域前列,增长5.4%。全省进出口总额160.9亿美元,居全国第十位,增长6.9%。\n"
    meta = {"date": "2026-01-20", "title": "政府工作报告", "region": "横州市"}
    assert _facts(text, meta) == [("423.46亿元", "gdp", "actual", "2025"), ("5.4%", "gdp_growth", "actual", "2025"),
                                  ("160.9亿美元", "trade_total", "actual", "2025"),
                                  ("6.9%", "trade_total_growth", "actual", "2025")]
    regions = [a.region_code for a in analyse(make_document(text, "x", "x", meta)).facts]
    assert regions[:2] == ["450181", "450181"]  # 横州市, not 南宁市: the set of the rank


# Over-reach of the session's rules, found by a review.
_CASES_OF_THE_NINETEENTH_SESSION_REVIEW = [
    pytest.param("全市经济增长较快，主要是规模以上工业增加值增长12.5%。全年地区生产总值增长7.5%，高于预期目标1.5个百分点。"
                 "全年一般公共预算收入完成56亿元，超过年初预算目标6亿元。\n",
                 {"date": "2026-01-25", "title": "2025年全市经济运行情况", "region": "福州市"},
                 [("12.5%", "industrial_value_added_growth", "actual", "2025"), ("7.5%", "gdp_growth", "actual", "2025"),
                  ("1.5个百分点", None, "actual", "2025"), ("56亿元", "general_budget_revenue", "actual", "2025"),
                  ("6亿元", None, "actual", "2025")],
                 id="主要是 supposes nothing; a margin over a goal is no goal"),
    pytest.param("上半年，全市一般公共预算收入完成30亿元，比年初预算目标50亿元少20亿元。\n",
                 {"date": "2025-07-20", "title": "上半年预算执行情况", "region": "福州市"},
                 [("30亿元", "general_budget_revenue", "actual", "2025-H1"), ("50亿元", "general_budget_revenue", "target", "2025"),
                  ("20亿元", None, "actual", "2025-H1")],
                 id="a year's goal as a base in a report of a part of the year is the year's"),
    pytest.param("今年要素保障有力，全市固定资产投资增长8%。今年将是“十四五”规划收官之年，1-11月，全市规模以上工业增加值增长6.5%。"
                 "今年将继续实施城市更新行动。目前，全市已累计改造老旧小区1200个。\n",
                 {"date": "2025-12-20", "title": "经济运行简况", "region": "福州市"},
                 [("8%", "fixed_asset_investment_growth", "actual", "2025"),
                  ("6.5%", "industrial_value_added_growth", "actual", "2025-01..11"),
                  ("1200个", "old_residential_renovation", "actual", "2025")],
                 id="今年要素, 今年将是: no task told ahead; a task told ahead holds in its own clause only"),
    pytest.param("综合考虑，建议今年实现的经济社会发展主要预期目标是：地区生产总值增长6%左右。\n",
                 {"date": "2026-01-20", "title": "政府工作报告", "region": "福州市"},
                 [("6%左右", "gdp_growth", "target", "2026")], id="goals set, however 实现 reads before them"),
    pytest.param("5月份，制造业PMI为50.2%，比上月(49.8%)上升0.4个百分点。5月份，轻工业品出厂价格下降1.2%，核心cpi同比上涨1.2%。"
                 "《庆余年》前三季累计播放量突破100亿次。\n",
                 {"date": "2025-06-01", "title": "经济运行", "region": None},
                 [("50.2%", "pmi", "actual", "2025-05"), ("49.8%", None, "actual", "2025-05"), ("0.4个百分点", None, "actual", "2025-05"),
                  ("1.2%", None, "actual", "2025-05"), ("1.2%", None, "actual", "2025-05"), ("突破100亿次", None, "actual", "2025-05")],
                 id="no base's value without its time; parts and variants of price indices; seasons of a series"),
]


def test_quarters_of_taiwan_papers_forecasts_and_a_base_after_ru_guo():
    text = "主計總處公布，第1季經濟成長率5.54%、第2季7.71%。预计今年将超过6万亿元。如果同一九五零年的一百七十亿元作比较。\n"
    facts = _facts(text, {"date": "2025-10-30", "title": "經濟數據", "region": None})
    assert [f[3] for f in facts[:2]] == ["2025-Q1", "2025-Q2"]
    assert [f[2] for f in facts] == ["actual"] * 4  # a forecast of the year is no task told ahead; a base compared with
    # (同…作比较) is no supposition


def test_the_last_month_of_a_period_a_day_included():
    from etl.context.reference import last_month
    assert [last_month(s) for s in ("-H1", "-Q1..Q3", "-01..05", "-03", "-12-31", "")] == [6, 9, 5, 3, 12, 12]


def test_retail_sales_short_names_and_its_parts():
    text = "全市社会消费品零售额达到900亿元，增长4%；限额以上单位社会消费品零售额增长5%，乡村社会消费品零售总额增长3%。全市固投增长8%。\n"
    assert _facts(text, {"date": "2024-02-10", "title": "2023年经济运行", "region": "嘉兴市"}) == [
        ("900亿元", "retail_sales", "actual", "2023"), ("4%", "retail_sales_growth", "actual", "2023"),
        ("5%", None, "actual", "2023"), ("3%", None, "actual", "2023"),
        ("8%", "fixed_asset_investment_growth", "actual", "2023")]


# Classes of ind57, measured blind, then read.
_CASES_OF_THE_NINETEENTH_SESSION_BLIND_SETS_READ = [
    pytest.param("一季度,全市地区生产总值同比增长5.5%,增速全省第7位,分别高于全国(5.4%)、全省(5.2%)0.1和0.3个百分点。\n",
                 {"date": "2025-04-25", "title": "一季度经济运行", "region": "阳泉市"},
                 [("5.5%", "gdp_growth", "actual", "2025-Q1"), ("5.4%", "gdp_growth", "actual", "2025-Q1"),
                  ("5.2%", "gdp_growth", "actual", "2025-Q1"), ("0.1", None, "actual", "2025-Q1"),
                  ("0.3个百分点", None, "actual", "2025-Q1")],
                 id="bases' values listed after a rank told"),
    pytest.param("2024年末,地区生产总值预计完成230.6亿元,增长4%。2008年全县地区生产总值(现行价)30亿元,比上年增长(可比价)9.8%。\n",
                 {"date": "2025-01-20", "title": "政府工作报告", "region": "正定县"},
                 [("230.6亿元", "gdp", "actual", "2024"), ("4%", "gdp_growth", "actual", "2024"),
                  ("30亿元", "gdp", "actual", "2008"), ("9.8%", "gdp_growth", "actual", "2008")],
                 id="a growth is of no year's end; the prices a value is at, in brackets"),
    pytest.param("主要预期目标是:城乡居民人均可支配收入均增长7%左右;力争旅游接待人数突破4000万人次,进出口贸易额实现48亿元。\n",
                 {"date": "2019-01-20", "title": "政府工作报告", "region": "河北省"},
                 [("7%左右", None, "target", "2019"), ("突破4000万人次", "tourist_visits", "target", "2019"),
                  ("48亿元", "trade_total", "target", "2019")],
                 id="one value for each of a split's parts; 旅游接待人数, 进出口贸易额"),
    pytest.param("一年来,省人大会议确定的主要目标较好实现,全省地区生产总值增长5.7%。粮食总产量连续2年超1600亿斤。\n",
                 {"date": "2022", "title": "2022年青海省政府工作报告", "region": "青海省"},
                 [("5.7%", "gdp_growth", "actual", "2021"), ("2年", None, "actual", "2021"), ("超1600亿斤", None, "actual", "2021")],
                 id="goals met (较好实现) leave outcomes; a bound held over a run of years is no value"),
]


def test_a_pdfs_spaces_inside_words_and_years_are_read_through():
    text = "常住人口人 均 GDP 从 2015 年的 51281 元增长到 2020 年的 70790 元。全市财政总收入从 2015 年 的 50.22 亿元增加到 2020 年的 62.89 亿元。\n"
    assert _facts(text, {"date": "2021-02-01", "title": "“十三五”回顾", "region": "樟树市"}) == [
        ("51281 元", "gdp_per_capita", "actual", "2015"), ("70790 元", "gdp_per_capita", "actual", "2020"),
        ("50.22 亿元", "fiscal_revenue", "actual", "2015"), ("62.89 亿元", "fiscal_revenue", "actual", "2020")]


def test_a_yearly_increase_and_the_towns_part():
    text = "“十三五”期间,全市GDP增速明显高于全国平均水平,年均递增7.52%。乡镇财政收入完成8037万元。\n"
    assert _facts(text, {"date": "2021-02-01", "title": "“十三五”回顾", "region": "樟树市"}) == [
        ("7.52%", "gdp_growth", "actual", "2016-2020"), ("8037万元", None, "actual", "2020")]


def test_years_of_taiwan_papers_and_a_plans_goal_for_its_last_year():
    text = ("114年全年經濟成長率概估為8.63%,113年第4季經濟成長率為3.2%。建校115年，學生3000人。"
            "财政总收入由2000年的171.7亿元增加到425.7亿元,比“十五”计划目标275亿元超过150.7亿元。\n")
    facts = _facts(text, {"date": "2026-01-30", "title": "經濟數據", "region": "臺灣"})
    assert facts[:2] == [("8.63%", "gdp_growth", "actual", "2025"), ("3.2%", "gdp_growth", "actual", "2024-Q4")]
    assert facts[-2] == ("275亿元", "fiscal_revenue", "plan", "2005")


_CASES_OF_THE_TWENTIETH_SESSION = [
    pytest.param("全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%。\n",
                 {"date": "2026-01-25", "title": "政府工作报告", "region": "湖南省"},
                 [("5.53万亿元", "gdp", "actual", "2025"), ("4.8%", "gdp_growth", "actual", "2025")],
                 id="a rank told on the way between 、 (前十强)"),
    pytest.param("全县生产总值由“十五”末的\n\n12.8亿元增加到19.2亿元。GDP增长率为5%。\n",
                 {"date": "2011-01-13", "title": "政府工作报告", "region": "静宁县"},
                 [("12.8亿元", "gdp", "actual", "2005"), ("19.2亿元", "gdp", "actual", "2010"),
                  ("5%", "gdp_growth", "actual", "2010")],
                 id="a line the layout joined stands in the gap; 增长率 between a phrase and its rate"),
    pytest.param("國內生產毛額增長 5%。本地生產總值實質增長3.5%。綜合消費物價指數按年上升1.4%。"
                 "GDP成長率為4.45%。消費者物價指數(CPI)年增1.5%。單位國內生產毛額二氧化碳排放降低 3.8%。第3季GDP年增7.64%。\n",
                 {"date": "2025-11-15", "title": "經濟數據", "region": None},
                 [("5%", "gdp_growth", "actual", "2025"), ("3.5%", "gdp_growth", "actual", "2025"),
                  ("1.4%", "cpi", "actual", "2025"), ("4.45%", "gdp_growth", "actual", "2025"),
                  ("1.5%", "cpi", "actual", "2025"), ("3.8%", "carbon_intensity", "actual", "2025"),
                  ("7.64%", "gdp_growth", "actual", "2025-Q3")],
                 id="Taiwan's and Hong Kong's names (國內生產毛額, 綜合消費物價指數, 成長率) and bases (按年, 年增, 實質)"),
    pytest.param("9月规模以上工业增加值增长6.5%。截至9月底，全市实际使用外资28亿美元，同比增长5%。"
                 "上半年，全市地区生产总值同比增长5.8%，上年同期为5.2%。\n",
                 {"date": "2025-10-20", "title": "无锡日报", "region": "无锡市"},
                 [("6.5%", "industrial_value_added_growth", "actual", "2025-09"),
                  ("28亿美元", "foreign_investment_used", "actual", "2025-Q1..Q3"),
                  ("5%", "foreign_investment_used_growth", "actual", "2025-Q1..Q3"),
                  ("5.8%", "gdp_growth", "actual", "2025-H1"), ("5.2%", "gdp_growth", "actual", "2024-H1")],
                 id="a month opening its clause; a flow by a month's end is the months so far; the same part of last year"),
    pytest.param("大陆第3季GDP年增4.8%。中國第二季GDP年增5.2%。首三季本地生產總值增長2.5%。\n",
                 {"date": "2025-11-20", "title": "经济", "region": "台湾"},
                 [("4.8%", "gdp_growth", "actual", "2025-Q3"), ("5.2%", "gdp_growth", "actual", "2025-Q2"),
                  ("2.5%", "gdp_growth", "actual", "2025-Q1..Q3")],
                 id="quarters in Chinese numerals (第二季, 首三季)"),
    pytest.param("全市人均财政收入5000元，每万人拥有高新技术企业3家，人均地区生产总值12万元。协议利用外资5亿美元，实际到位外资3亿美元。"
                 "R&D经费投入120亿元，货物贸易进出口总值1.2万亿元，接待境内外游客5000万人次，乡村旅游接待游客800万人次。\n",
                 {"date": "2025-01-20", "title": "政府工作报告", "region": "无锡市"},
                 [("5000元", None, "actual", "2024"), ("3家", None, "actual", "2024"),
                  ("12万元", "gdp_per_capita", "actual", "2024"), ("5亿美元", None, "actual", "2024"),
                  ("3亿美元", "foreign_investment_used", "actual", "2024"), ("120亿元", "rd_expenditure", "actual", "2024"),
                  ("1.2万亿元", "trade_total", "actual", "2024"), ("5000万人次", "tourist_visits", "actual", "2024"),
                  ("800万人次", None, "actual", "2024")],
                 id="per person (人均, 每万人拥有) is no total; agreed investment is none used; more names"),
    pytest.param("地方一般公共预算收入年初预算为120亿元，调整预算为118亿元，实际完成119亿元。"
                 "全县生产总值预计可完成86亿元，财政收入可望达到5亿元。\n",
                 {"date": "2026-01-20", "title": "政府工作报告", "region": "无锡市"},
                 [("120亿元", "general_budget_revenue", "target", "2025"), ("118亿元", "general_budget_revenue", "target", "2025"),
                  ("119亿元", "general_budget_revenue", "actual", "2025"), ("86亿元", "gdp", "actual", "2025"),
                  ("5亿元", "fiscal_revenue", "actual", "2025")],
                 id="a budget beside its outcome is the goal of the outcome's year; 预计可完成, 可望达到"),
    pytest.param("9月份,全国城镇调查失业率为5.4%;其中25-59岁人口调查失业率为4.8%,31个大城市城镇调查失业率为5.7%。"
                 "前三季度,全国居民人均可支配收入23781元,上半年为下降1.3%。按常住地分,城镇居民人均可支配收入32821元。\n",
                 {"date": "2020-10-19", "title": "国家统计局", "region": None},
                 [("5.4%", "surveyed_unemployment", "actual", "2020-09"), ("4.8%", None, "actual", "2020-09"),
                  ("31个", None, "actual", "2020-09"), ("5.7%", None, "actual", "2020-09"),
                  ("23781元", "disposable_income_per_capita", "actual", "2020-Q1..Q3"),
                  ("1.3%", "disposable_income_per_capita_growth", "actual", "2020-H1"),
                  ("32821元", "urban_income_per_capita", "actual", "2020-Q1..Q3")],
                 id="a month opening a sentence holds past its semicolon; an age group's rate is a part; a look back stays"),
    pytest.param("报告指出:2010年,是实施“十一五”规划的最后一年,顺利完成了“十一五”确定的目标任务。初步核算,全县生产总值实现131487万元;"
                 "财政总收入实现11338万元,增长57.7%;农民纯收入达到3107元;全年全社会固定资产投资完成87102万元。\n",
                 {"date": "2011", "title": "人民代表大会第五次会议召开", "region": "三穗县"},
                 [("131487万元", "gdp", "actual", "2010"), ("11338万元", "fiscal_revenue", "actual", "2010"),
                  ("57.7%", "fiscal_revenue_growth", "actual", "2010"), ("3107元", "rural_income_per_capita", "actual", "2010"),
                  ("87102万元", "fixed_asset_investment", "actual", "2010")],
                 id="a plan named for its goals met is no time; 全年 after a whole year told with a lead"),
    pytest.param("城镇新增就业超143万人、超额完成国家下达的110万人年度任务。实际利用外资金额420万美元,增长1.1倍。建立150项年度任务。\n",
                 {"date": "2025-01-20", "title": "政府工作报告", "region": "广东省"},
                 [("超143万人", "urban_new_jobs", "actual", "2024"), ("110万人", "urban_new_jobs", "target", "2024"),
                  ("420万美元", "foreign_investment_used", "actual", "2024"),
                  ("1.1倍", "foreign_investment_used_growth", "actual", "2024"), ("150项", None, "actual", "2024")],
                 id="a year's task's value is a goal of the outcome's indicator (not a count of tasks); 金额 between a phrase and "
                    "its value"),
    pytest.param("数据显示,1至8月,全区固定资产投资同比增长8.5%;规模以上工业增加值同比增长3.1%。"
                 "记者从县统计局获悉,一季度,全县社会消费品零售总额3.2亿元,同比增长6.1%。\n",
                 {"date": "2023-09-20", "title": "经济运行", "region": "抚松县"},
                 [("8.5%", "fixed_asset_investment_growth", "actual", "2023-01..08"),
                  ("3.1%", "industrial_value_added_growth", "actual", "2023-01..08"),
                  ("3.2亿元", "retail_sales", "actual", "2023-Q1"), ("6.1%", "retail_sales_growth", "actual", "2023-Q1")],
                 id="a source named before the time (数据显示, 获悉) lets the time hold past its semicolons"),
    pytest.param("全社会用电量198.6亿千瓦时,其中工业用电量142.3亿千瓦时。农业增加值32586万元,同比增长9.9%。其他服务业增加值比上年增长14.2%。"
                 "年末城镇职工基本养老保险参保人数67.4万人。上半年,经开区规上工业增加值同比增长23.5%。年末县城常住人口8.6万人。\n",
                 {"date": "2024-04-10", "title": "统计公报", "region": "雅安市"},
                 [("198.6亿千瓦时", "electricity_consumption", "actual", "2023"), ("142.3亿千瓦时", None, "actual", "2023"),
                  ("32586万元", None, "actual", "2023"), ("9.9%", None, "actual", "2023"), ("14.2%", None, "actual", "2023"),
                  ("67.4万人", None, "actual", "2023-12-31"), ("23.5%", None, "actual", "2023-H1"),
                  ("8.6万人", None, "actual", "2023-12-31")],
                 id="parts and branches: 工业用电量, 农业, 其他服务业, one pension scheme, 经开区, 县城"),
    pytest.param("根据第七次全国人口普查结果，全县常住人口为285432人。\n",
                 {"date": "2021-06-10", "title": "第七次全国人口普查公报", "region": "长顺县"},
                 [("285432人", "population", "actual", "2020")], id="a census's counts are of its year, whenever published"),
    pytest.param("一般公共预算收入完成1250亿元，为年度目标的102%。\n",
                 {"date": "2026-01-20", "title": "预算执行情况的报告", "region": "无锡市"},
                 [("1250亿元", "general_budget_revenue", "actual", "2025"), ("102%", None, "actual", "2025")],
                 id="a share of the goal reached is an outcome (of the year reviewed: the goal is no base of another time)"),
    pytest.param("已经有六十五个县达到了每亩生产粮食四百斤的要求。去年全国平均每人占有粮食近八百斤。全国粮食产量4.07亿吨。\n",
                 {"date": "1985-03-27", "title": "政府工作报告", "region": None},
                 [("六十五个", None, "actual", "1984"), ("四百斤", None, "actual", "1984"), ("近八百斤", None, "actual", "1984"),
                  ("4.07亿吨", "grain_output", "actual", "1984")],
                 id="a yield per mu or per person is no output"),
    pytest.param("地区生产总值超千亿元的县达到10个，财政收入超300万元的乡镇有8个，地区生产总值超千亿元的达到12个。\n",
                 {"date": "2026-01-20", "title": "政府工作报告", "region": "江苏省"},
                 [("10个", None, "actual", "2025"), ("8个", None, "actual", "2025"), ("超千亿元", None, "actual", "2025"),
                  ("12个", None, "actual", "2025")],
                 id="the threshold of a class counted is no value (nor a figure where the class's noun follows it: session "
                    "38)"),
    pytest.param("五年来，城乡居民人均可支配收入分别从29661元、10391元增加到43364元、16117元。\n",
                 {"date": "2021-12-21", "title": "政府工作报告", "region": "兰州市"},
                 [("29661元", "urban_income_per_capita", "actual", "2016"), ("10391元", "rural_income_per_capita", "actual", "2016"),
                  ("43364元", "urban_income_per_capita", "actual", "2021"), ("16117元", "rural_income_per_capita", "actual", "2021")],
                 id="every start value of a from-to list is the span's start"),
    pytest.param("全年粮食产量15.84万吨，继续稳定在15万吨以上。\n",
                 {"date": "2022-03-20", "title": "统计公报", "region": "酒泉市"},
                 [("15.84万吨", "grain_output", "actual", "2021"), ("15万吨以上", None, "actual", "2021")],
                 id="a bound restated after the value is no second value"),
    pytest.param("1-2月,全州主要经济指标运行总体平稳,为实现一季度经济发展“开门红”奠定了良好基础。固定资产投资同比增长27.98%。\n",
                 {"date": "2018-03-19", "title": "经济运行", "region": "迪庆藏族自治州"},
                 [("27.98%", "fixed_asset_investment_growth", "actual", "2018-01..02")],
                 id="a goal's part of the year (为实现一季度开门红) leaves no time"),
    pytest.param("预计全年地区生产总值增长5.5%左右。\n", {"date": "2025-07-20", "title": "上半年经济运行", "region": "无锡市"},
                 [("5.5%左右", "gdp_growth", None, "2025")], id="a whole year's forecast in July is neither outcome nor goal"),
    pytest.param("预计全年地区生产总值增长5.5%左右。\n", {"date": "2026-01-20", "title": "政府工作报告", "region": "无锡市"},
                 [("5.5%左右", "gdp_growth", "actual", "2025")], id="a year's estimate after it is its outcome"),
]


def test_a_span_named_by_a_one_sentence_paragraph_holds_for_the_paragraph_after_it():
    """过去五年，我们砥砺前行。 (a paragraph of its own) before 国内生产总值年均增长5.4%: the five years, per year."""
    from etl.context.pipeline import analyse
    from etl.context.reader import make_document

    text = "一、2025年工作回顾\n国内生产总值增长5%。\n过去五年，我们砥砺前行。\n国内生产总值年均增长5.4%。\n"
    facts = analyse(make_document(text, "x", "x", {"date": "2026-03-05", "title": "政府工作报告要点", "region": None})).facts
    assert [(a.fact.mention, a.period, a.period_basis) for a in facts] == [("5%", "2025", None),
                                                                          ("5.4%", "2021-2025", "per_year")]


def test_a_parts_growth_on_the_same_part_two_years_back_is_over_both_years():
    """一季度…同比增长8.2%，比2019年同期增长10.5%: the 10.5 % is over two years (cumulative), not a second 2021-Q1 growth."""
    from etl.context.pipeline import analyse
    from etl.context.reader import make_document

    text = "一季度,全市地区生产总值同比增长8.2%,比2019年同期增长10.5%。\n"
    facts = analyse(make_document(text, "x", "x", {"date": "2021-04-20", "title": "经济运行", "region": "白银市"})).facts
    assert [(a.fact.mention, a.period, a.period_basis) for a in facts] == [("8.2%", "2021-Q1", None),
                                                                          ("10.5%", "2021-Q1", "cumulative")]


_CASES_OF_THE_TWENTY_FIRST_SESSION = [
    pytest.param("一季度国内生产总值296299亿元,同比增长5.3%,比去年四季度增长1.6%。\n",
                 {"date": "2024-04-16", "title": "2024年一季度国民经济运行", "region": "全国"},
                 [("296299亿元", "gdp", "actual", "2024-Q1"), ("5.3%", "gdp_growth", "actual", "2024-Q1"),
                  ("1.6%", None, "actual", "2024-Q1")],
                 id="a change on the quarter before is of its own quarter, and no year-on-year growth"),
    pytest.param("1~10月,工业投资同比增长25.0%,分别比前三季度、1~8月和1~7月加快1.6、2.6、2.7个百分点。"
                 "居民消费价格与去年同期持平,扣除食品和能源的核心CPI同比上涨0.7%。\n",
                 {"date": "2022-11-20", "title": "经济运行", "region": "河南省"},
                 [("25.0%", None, "actual", "2022-01..10"), ("1.6", None, "actual", "2022-01..10"),
                  ("2.6", None, "actual", "2022-01..10"), ("2.7个百分点", None, "actual", "2022-01..10"),
                  ("持平", None, "actual", "2022-01..10"), ("0.7%", None, "actual", "2022-01..10")],
                 id="the times a change is measured against (分别比前三季度、1~8月和1~7月) are not its time"),
    pytest.param("全市财政收入占全省比重从2020年的6.6%提高到7.4%，城镇调查失业率从2020年的5.5%降至5.1%。\n",
                 {"date": "2026-01-20", "title": "政府工作报告", "region": "无锡市"},
                 [("6.6%", None, "actual", "2020"), ("7.4%", None, "actual", "2025"),
                  ("5.5%", "surveyed_unemployment", "actual", "2020"), ("5.1%", "surveyed_unemployment", "actual", "2025")],
                 id="a fall from a year's value to another (降至): the year named is the first value's"),
    pytest.param("二00六年全省生产总值增长14.1%，二0一0年将达到4万亿元。\n",
                 {"date": "2007-01-20", "title": "广东经济", "region": "广东省"},
                 [("14.1%", "gdp_growth", "actual", "2006"), ("4万亿元", "gdp", "plan", "2010")],
                 id="years in Chinese digits with Arabic zeros (二00六年, 二0一0年), as 2000s papers write them"),
    pytest.param("一、2024年工作回顾\n积极争取上级支持，全年到位资金12亿元。过去一年，我们积极向上争取，城镇新增就业6400人。\n"
                 "二、2025年工作安排\n争取项目核准，城镇新增就业7000人以上。\n",
                 {"date": "2025-01-20", "title": "政府工作报告", "region": "湖北省十堰市"},
                 [("12亿元", None, "actual", "2024"), ("6400人", "urban_new_jobs", "actual", "2024"),
                  ("7000人以上", "urban_new_jobs", "target", "2025")],
                 id="争取 in an earlier clause of a review is sought and got; among the year's tasks still a goal"),
    pytest.param("全年居民消费价格总指数为102.1%。全年全县居民消费价格总指数为101.6%（上年=100）。全年居民消费价格上涨2.1%。\n",
                 {"date": "2024-03-20", "title": "统计公报", "region": "江西省吉安市"},
                 [("102.1%", None, "actual", "2023"), ("101.6%", None, "actual", "2023"), ("2.1%", "cpi", "actual", "2023")],
                 id="a price index of the year before (上年=100) is no rise of 102 %"),
    pytest.param("全年地区生产总值、一般公共预算收入、城乡居民人均可支配收入分别增长6%、5%、7%和8%。\n",
                 {"date": "2025-02-02", "title": "政府工作报告", "region": "湖南省宁乡市"},
                 [("6%", "gdp_growth", "actual", "2024"), ("5%", "general_budget_revenue_growth", "actual", "2024"),
                  ("7%", "urban_income_per_capita_growth", "actual", "2024"),
                  ("8%", "rural_income_per_capita_growth", "actual", "2024")],
                 id="a split phrase last in a list names its parts in their places"),
    pytest.param("今年全市经济社会发展的主要指标是：生产总值增长7%。今年地区生产总值增长的预期目标为8%左右。\n",
                 {"date": "2019-01-28", "title": "政府工作报告", "region": "江苏省南京市"},
                 [("7%", "gdp_growth", "target", "2019"), ("8%左右", "gdp_growth", "target", "2019")],
                 id="主要指标 of the year the sentence names are its goals; 增长的预期目标 with 的"),
    pytest.param("全年全省全口径一般公共预算收入1009.99亿元。其中，地方一般公共预算收入627.7亿元。"
                 "全年春收粮食产量0.22万吨。2014年全省地区生产总值修订为3500.7亿元。\n",
                 {"date": "2016-03-01", "title": "统计公报", "region": "海南省"},
                 [("1009.99亿元", "fiscal_revenue", "actual", "2015"), ("627.7亿元", "general_budget_revenue", "actual", "2015"),
                  ("0.22万吨", None, "actual", "2015"), ("3500.7亿元", "gdp", "actual", "2014")],
                 id="全口径 revenue is the total; 修订为 (a revised value); a season's grain is a part"),
    pytest.param("广东8月规模以上工业增加值同比增长3.8%。全国2月出口增长5%,为2019年9月以来最高。去年11月因美国4月宣布加征关税，出口下降3%。\n",
                 {"date": "2025-10-20", "title": "经济观察", "region": None},
                 [("3.8%", "industrial_value_added_growth", "actual", "2025-08"), ("5%", "exports_growth", "actual", "2025-02"),
                  ("3%", "exports_growth", "actual", "2024-11")],
                 id="a month right after a place opens its clause (广东8月…, 全国2月…); not one before 宣布"),
    pytest.param("3月28日,全国农产品批发市场猪肉平均价格为20.94元/公斤。上周,成都商品房成交2642套。全年城镇新增就业42.2万人。\n",
                 {"date": "2025-03-29", "title": "市场观察", "region": None},
                 [("20.94元/公斤", None, "actual", "2025"), ("2642套", None, "actual", "2025"),
                  ("42.2万人", "urban_new_jobs", "actual", "2024")],
                 id="a day or week of the time of writing (3月28日, 上周) in a spring page is of its year, not the year before"),
    pytest.param("1—6月,全国城镇新增就业655万人,完成全年900万人目标的73%。\n", {"date": "2011-07-25", "title": "就业", "region": "全国"},
                 [("655万人", "urban_new_jobs", "actual", "2011-H1"), ("900万人", "urban_new_jobs", "target", "2011"),
                  ("73%", None, "actual", "2011")],
                 id="a goal whose share follows (900万人目标的73%) is the goal"),
    pytest.param("其中三次产业分别增长5.7%、13.9%和11.8%。三次产业对经济增长的贡献率分别为10.5%、50.3%和39.2%。\n",
                 {"date": "2006-05-25", "title": "政府工作报告", "region": "湖南省"},
                 [("5.7%", "primary_industry_growth", "actual", "2005"), ("13.9%", "secondary_industry_growth", "actual", "2005"),
                  ("11.8%", "services_value_added_growth", "actual", "2005"), ("10.5%", None, "actual", "2005"),
                  ("50.3%", None, "actual", "2005"), ("39.2%", None, "actual", "2005")],
                 id="三次产业 without 增加值 names the three sectors' growth; not their shares of the growth"),
    pytest.param("2024年末，全县户籍总户数25.35万户，总人口86.92万人。年末全县公安户籍登记总人口86.92万人。"
                 "全市户籍人口85.26万人，常住人口87.74万人。\n",
                 {"date": "2025-03-10", "title": "统计公报", "region": "浙江省平阳县"},
                 [("25.35万户", None, "actual", "2024-12-31"), ("86.92万人", None, "actual", "2024-12-31"),
                  ("86.92万人", None, "actual", "2024-12-31"), ("85.26万人", None, "actual", "2024"),
                  ("87.74万人", "population", "actual", "2024-12-31")],
                 id="a registered population (户籍总户数…，总人口; 户籍登记总人口) is no resident population"),
    pytest.param("2020年全市实现生产总值1097亿元、一般公共预算收入48.6亿元、税费收入144.8亿元，较2015年分别增长26.8%、0.6%和25.9%。"
                 "全年全市地区生产总值完成239.76亿元，首次突破200亿元，同比增长6%。\n",
                 {"date": "2021-02-02", "title": "政府工作报告", "region": "广东省潮州市"},
                 [("1097亿元", "gdp", "actual", "2020"), ("48.6亿元", "general_budget_revenue", "actual", "2020"),
                  ("144.8亿元", None, "actual", "2020"), ("26.8%", "gdp_growth", "actual", "2016-2020"),
                  ("0.6%", "general_budget_revenue_growth", "actual", "2016-2020"), ("25.9%", None, "actual", "2016-2020"),
                  ("239.76亿元", "gdp", "actual", "2020"), ("突破200亿元", None, "actual", "2020"),
                  ("6%", "gdp_growth", "actual", "2020")],
                 id="a base year reaches every value of its list; a bound crossed after the value is no second value"),
    pytest.param("截至二零一八年十二月三十一日止年度,本集团的收益约为100.4百万港元,较截至二零一七年十二月三十一日止年度约109.7百万港元"
                 "减少约9.3百万港元或8.5%。净利润较2016年度15546.88万元增长8%。是首次单一季度收益逾二百亿元。\n",
                 {"date": "2019-03-20", "title": "业绩公告", "region": "香港"},
                 [("约为100.4百万港元", None, "actual", "2018"), ("约109.7百万港元", None, "actual", "2017"),
                  ("约9.3百万港元", None, "actual", "2018"), ("8.5%", None, "actual", "2018"),
                  ("15546.88万元", None, "actual", "2016"), ("8%", None, "actual", "2018"), ("逾二百亿元", None, "actual", "2018")],
                 id="a year ended on its last day (截至…十二月三十一日止年度) is the year; a base's value after its time is of it, the "
                    "change after of the figure's; 单一季度 is no first quarter"),
    pytest.param("2024年全区一般公共预算收入安排20亿元，上年结转、调入资金等24.35亿元。\n",
                 {"date": "2024-01-20", "title": "预算报告", "region": "重庆市铜梁区"},
                 [("20亿元", "general_budget_revenue", "target", "2024"), ("24.35亿元", None, "target", "2024")],
                 id="上年结转 (funds carried over) is a budget's line, no time"),
    pytest.param("上半年,全市完成财政一般预算收入456.2亿元,其中,地方财政收入224.4亿元。第一产业完成投资27.6亿元,比上年同期下降56.6%。\n",
                 {"date": "2008-07-20", "title": "经济运行", "region": "浙江省宁波市"},
                 [("456.2亿元", "fiscal_revenue", "actual", "2008-H1"), ("224.4亿元", "general_budget_revenue", "actual", "2008-H1"),
                  ("27.6亿元", None, "actual", "2008-H1"), ("56.6%", None, "actual", "2008-H1")],
                 id="a budget revenue whose local level follows (其中，地方…) is the whole; a sector's investment is no value added"),
    pytest.param("今年发展主要预期目标达到，拟发行超长期特别国债1.3万亿元。安排超长期特别国债2500亿元支持消费品以旧换新。"
                 "全市城市化水平由2005年31.8%提高到37.5%。来源于惠州的财税总收入737.1亿元。开工建设棚改安置房19.4万套。\n",
                 {"date": "2026-03-05", "title": "政府工作报告", "region": None},
                 [("1.3万亿元", "special_treasury_bonds", "target", "2026"), ("2500亿元", None, "target", "2026"),
                  ("31.8%", "urbanization_rate", "actual", "2005"), ("37.5%", "urbanization_rate", "actual", "2025"),
                  ("737.1亿元", "fiscal_revenue", "target", "2026"), ("19.4万套", "shantytown_renovation", "target", "2026")],
                 id="拟发行 is a goal's word (an achieved word before it aside); an amount earmarked for one use (…支持) is a "
                    "part; more names (城市化水平, 财税总收入, 棚改安置房)"),
    pytest.param("2011年,全区国民经济健康稳定发展,实现了“十二五”科学发展、和谐发展的良好开局。全区完成全社会固定资产投资115.00亿元,增长17.5%。"
                 "出口创汇2037万美元。年末基本养老保险参保人员为41511人。转移农村剩余劳动力3311人。\n",
                 {"date": "2012-03-01", "title": "攀枝花市东区2011年国民经济和社会发展统计公报", "region": "四川省攀枝花市东区"},
                 [("115.00亿元", "fixed_asset_investment", "actual", "2011"),
                  ("17.5%", "fixed_asset_investment_growth", "actual", "2011"), ("2037万美元", "exports", "actual", "2011"),
                  ("41511人", "basic_pension_insured", "actual", "2011-12-31"), ("3311人", "rural_labour_transfer", "actual", "2011")],
                 id="a plan's good start (“十二五”…的良好开局) names no span for the text after it; more names"),
    pytest.param("1-8月份,全市规上工业增加值增长5.6%,较去年同期(-7.7%)回升13.3个百分点。1-8月份,全市一般公共预算收入增长5.6%,"
                 "较上年同期8.9%的增速回落3.3个百分点。\n",
                 {"date": "2020-09-20", "title": "经济运行", "region": "河南省济源市"},
                 [("5.6%", "industrial_value_added_growth", "actual", "2020-01..08"),
                  ("-7.7%", "industrial_value_added_growth", "actual", "2019-01..08"), ("13.3个百分点", None, "actual", "2020-01..08"),
                  ("5.6%", "general_budget_revenue_growth", "actual", "2020-01..08"),
                  ("8.9%", "general_budget_revenue_growth", "actual", "2019-01..08"), ("3.3个百分点", None, "actual", "2020-01..08")],
                 id="the base's value after 去年同期/上年同期 is of the same months of the year before"),
    pytest.param("工业经济:1-8月份,全市规上工业总产值39.42亿元。规上工业增加值增长5.6%。\n",
                 {"date": "2020-09-20", "title": "经济运行", "region": "河南省济源市"},
                 [("39.42亿元", None, "actual", "2020-01..08"), ("5.6%", "industrial_value_added_growth", "actual", "2020-01..08")],
                 id="a heading run into the text (工业经济:1-8月份,…) leaves the months for the sentences after"),
    pytest.param("一般公共预算收入完成4.92亿元,快于序时进度约6个百分点,同比增长25.0%。社会消费品零售总额74.16亿元,高于全省2.1个百分点,"
                 "同比增长12.7%。\n", {"date": "2020-09-20", "title": "经济运行", "region": "河南省济源市"},
                 [("4.92亿元", "general_budget_revenue", "actual", "2020"), ("约6个百分点", None, "actual", "2020"),
                  ("25.0%", "general_budget_revenue_growth", "actual", "2020"), ("74.16亿元", "retail_sales", "actual", "2020"),
                  ("2.1个百分点", None, "actual", "2020"), ("12.7%", "retail_sales_growth", "actual", "2020")],
                 id="a growth after a comparison told between it and its level is the level's"),
]


_CASES_OF_THE_TWENTY_SECOND_SESSION = [
    pytest.param("政府把2025年全年本地生产总值增长预测由2%至3%上调至3.2%。第三季本地生产总值按年实质增长3.8%。"
                 "国际货币基金组织预测，明年中国经济将增长4.2%。\n",
                 {"date": "2025-11-14", "title": "经济预测", "region": "香港"},
                 [("2%至3%", None, None, "2025"), ("3.2%", None, None, "2025"), ("3.8%", "gdp_growth", "actual", "2025-Q3"),
                  ("4.2%", None, None, "2026")],
                 id="a forecast (预测, 预估) of a time not over when written is neither outcome nor goal"),
    pytest.param("据统计预测，全县地区生产总值增长12.6%，达92.9亿元。经济部原预估会呈负成长，零售业营业额却意外年增1.4%。"
                 "出口较预测数减少3亿美元。\n",
                 {"date": "2022-01-20", "title": "政府工作报告", "region": "河北省邢台市威县"},
                 [("12.6%", "gdp_growth", "actual", "2021"), ("92.9亿元", "gdp", "actual", "2021"), ("1.4%", None, "actual", "2021"),
                  ("3亿美元", None, "actual", "2021")],
                 id="an estimate of a year gone by, an outcome against an earlier forecast (原预估, 较预测数) are outcomes"),
]


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。"
                 "全县实现大口径财政收入5682万元,完成预算105425万元的5.39%,较均衡进度慢2.94%,较上年同期减收1816万元,下降24.22%。\n",
                 {"date": "2024-05-10", "title": "1-4月财政收支情况", "region": "甘肃省定西市临洮县"},
                 [("24627万元", "general_budget_revenue"), ("60999万元", "general_budget_revenue"), ("40.4%", None),
                  ("1070万元", None), ("4.2%", "general_budget_revenue_growth"), ("5682万元", "fiscal_revenue"),
                  ("105425万元", "fiscal_revenue"), ("5.39%", None), ("2.94%", None), ("1816万元", None),
                  ("24.22%", "fiscal_revenue_growth")],
                 id="a growth after asides on the budget fulfilled and the change in yuan is the level's"),
    pytest.param("中央一般公共预算收入100435.71亿元,为预算的98.1%,增长0.9%。全国一般公共预算收入219702.12亿元,为预算的98.1%,"
                 "比2023年增长1.3%。\n", {"date": "2025-03-05", "title": "关于2024年中央和地方预算执行情况的报告", "region": None},
                 [("100435.71亿元", None, "actual", "2024"), ("98.1%", None, "actual", "2024"), ("0.9%", None, "actual", "2024"),
                  ("219702.12亿元", "general_budget_revenue", "actual", "2024"), ("98.1%", None, "actual", "2024"),
                  ("1.3%", "general_budget_revenue_growth", "actual", "2024")],
                 id="the central level's revenue is a part of the country's"),
    pytest.param("具体来看,苏州市地区生产总值 11458.4亿元,南京市8316.92亿元,无锡市7105.67亿元。苏州市地区生产总值增长5.8%,"
                 "南京市高新区增长4.9%。像西藏,不光地区生产总值(2392.67亿元)同比增长9.5%。\n",
                 {"date": "2023-08-01", "title": "上半年各市经济数据", "region": "江苏省"},
                 [("11458.4亿元", "gdp", "actual", "2023-H1"), ("8316.92亿元", "gdp", "actual", "2023-H1"),
                  ("7105.67亿元", "gdp", "actual", "2023-H1"), ("5.8%", "gdp_growth", "actual", "2023-H1"),
                  ("4.9%", None, "actual", "2023-H1"), ("2392.67亿元", "gdp", "actual", "2023-H1"),
                  ("9.5%", "gdp_growth", "actual", "2023-H1")],
                 id="places listed after the first names the measure; a value in brackets after the phrase"),
    pytest.param("上半年，全区规上工业增加值增长6.1%。分镇街看，瓜沥镇规上工业增加值增长12.3%，宁围街道固定资产投资增长20.1%。"
                 "城镇居民人均可支配收入增长5%。\n", {"date": "2024-07-20", "title": "2024年1-6月经济运行情况", "region": "杭州市萧山区"},
                 [("6.1%", "industrial_value_added_growth", "actual", "2024-H1"), ("12.3%", None, "actual", "2024-H1"),
                  ("20.1%", None, "actual", "2024-H1"), ("5%", "urban_income_per_capita_growth", "actual", "2024-H1")],
                 id="a town's or a street office's figure is a part of the district's, no value of its indicator"),
    pytest.param("做好今年政府工作，重点抓好以下六个方面：\n（一）聚力项目建设。年内计划实施省市重点项目150个。\n"
                 "（二）聚力民生改善。年内新增城镇就业6000人，城镇调查失业率控制在5.5%以内。\n"
                 "五年内新增发电装机容量1950万千瓦。全年计划完成固定资产投资400亿元。\n",
                 {"date": "2023-02-20", "title": "2023年政府工作报告", "region": "安徽省亳州市蒙城县"},
                 [("150个", None, "target", "2023"), ("6000人", "urban_new_jobs", "target", "2023"),
                  ("5.5%以内", "surveyed_unemployment", "target", "2023"), ("1950万千瓦", None, "actual", "2018-2022"),
                  ("400亿元", "fixed_asset_investment", "target", "2023")],
                 id="what is planned or will be done this year (年内新增, 全年计划完成, 将实施) is a goal; 五年内 a span"),
    pytest.param("过去一年，全县地区生产总值增长6%。长兴于2019年入选全国百强县。新增城镇就业1.2万人。"
                 "继2021年之后再次获评全国综合实力百强县。全县一般公共预算收入68亿元。\n",
                 {"date": "2024-01-20", "title": "2024年政府工作报告", "region": "浙江省湖州市长兴县"},
                 [("6%", "gdp_growth", "actual", "2023"), ("1.2万人", "urban_new_jobs", "actual", "2023"),
                  ("68亿元", "general_budget_revenue", "actual", "2023")],
                 id="the year an event is dated by is no time of the figures after it"),
    pytest.param("上月全市新建商品住宅成交1.2万套，环比增长35%。上半年，全省规上工业增加值增长6.5%，其中上月增长7.1%。"
                 "全省规上工业增加值比上月增长2%。\n", {"date": "2025-08-02", "title": "经济观察", "region": "浙江省"},
                 [("1.2万套", None, "actual", "2025-07"), ("35%", None, "actual", "2025-07"),
                  ("6.5%", "industrial_value_added_growth", "actual", "2025-H1"), ("7.1%", None, "actual", "2025-07"),
                  ("2%", None, "actual", "2025-H1")],
                 id="上月 is the month before the one written in; 比上月 a base"),
    pytest.param("前三季度，全县规上工业增加值增长9.1%（年度目标9%），固定资产投资增长6.2%，年度目标为10%。\n",
                 {"date": "2024-10-25", "title": "前三季度经济运行情况", "region": "浙江省湖州市长兴县"},
                 [("9.1%", "industrial_value_added_growth", "actual", "2024-Q1..Q3"),
                  ("9%", "industrial_value_added_growth", "target", "2024"),
                  ("6.2%", "fixed_asset_investment_growth", "actual", "2024-Q1..Q3"),
                  ("10%", "fixed_asset_investment_growth", "target", "2024")],
                 id="a goal told beside an outcome is the same measure's goal for the year; its word holds in its aside"),
    pytest.param("2018年以来，全县累计完成固定资产投资1200亿元。“十四五”以来，全县地区生产总值年均增长6.8%。"
                 "全年地区生产总值增长6%。\n", {"date": "2024-01-20", "title": "2024年政府工作报告", "region": "浙江省湖州市长兴县"},
                 [("1200亿元", "fixed_asset_investment", "actual", "2018-2023"), ("6.8%", "gdp_growth", "actual", "2021-2023"),
                  ("6%", "gdp_growth", "actual", "2023")],
                 id="a time with 以来 runs from its first year to the year reviewed, outcomes so far; it is carried no further"),
    pytest.param("一、2023年工作回顾\n争取专项债券项目45个，成功争取国家级试点3个。\n二、2024年工作安排\n争取专项债券资金30亿元以上。\n",
                 {"date": "2024-01-20", "title": "2024年政府工作报告", "region": "江西省赣州市赣县区"},
                 [("45个", None, "actual", "2023"), ("3个", None, "actual", "2023"), ("30亿元以上", None, "target", "2024")],
                 id="争取 in a review is sought and got; in the year's work, sought"),
    pytest.param("经济运行稳中有进。\n▶全县地区生产总值年均增长6.6%。\n▶一般公共预算收支年均分别增长7.6%、5.7%。\n",
                 {"date": "2026-02-10", "title": "平山县“十四五”时期发展成就", "region": "河北省石家庄市平山县"},
                 [("6.6%", "gdp_growth", "actual", "2021-2025"), ("7.6%", "general_budget_revenue_growth", "actual", "2021-2025"),
                  ("5.7%", None, "actual", "2021-2025")],
                 id="a title naming a plan gives its span to rates per year and totals; 一般公共预算收支 splits"),
])
def test_cases_of_the_twenty_third_session(text, meta, expected):
    got = _facts(text, meta)
    assert (got if len(expected[0]) == 4 else [g[:2] for g in got]) == expected


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("內蒙古“十四五”經濟總量去年底達2.67萬億,排在全國第20位。全市常住人口年末为1020万。\n",
                 {"date": "2026-03-06", "title": "內蒙古“十四五”成績亮眼", "region": "内蒙古"},
                 [("2.67萬億", "gdp"), ("1020万", "population")],
                 id="a time between a noun and its bare number (去年底達, 年末为): the noun still names the unit and measure"),
    pytest.param("一般公共预算收入从2000亿元跃到3000亿元。\n", {"date": "2026-03-06", "title": "成绩", "region": "内蒙古"},
                 [("2000亿元", "general_budget_revenue"), ("3000亿元", "general_budget_revenue")],
                 id="跃到 leads to the value reached"),
    pytest.param("收支總量相抵,赤字40600億元,與預算持平。貨物貿易赤字120億美元。\n",
                 {"date": "2025-03-05", "title": "2024年中央和地方预算执行情况", "region": None},
                 [("40600億元", "deficit"), ("持平", None), ("120億美元", None)],
                 id="赤字 alone is the budget's deficit, not a trade deficit"),
    pytest.param("167.83亿元——经济总量稳步提升\n“十四五”期间,农村人均可支配收入年均增长6.1%。2024年,电力总装机容量达413.3万千瓦。\n",
                 {"date": "2026-01-20", "title": "数说“十四五”", "region": "内蒙古"},
                 [("167.83亿元", "gdp"), ("6.1%", "rural_income_per_capita_growth"), ("413.3万千瓦", "power_capacity")],
                 id="a value heading its measure after a dash; the measures' shorter names"),
])
def test_cases_of_the_twenty_fourth_session(text, meta, expected):
    got = _facts(text, meta)
    assert [g[:2] for g in got] == expected


_CASES_OF_THE_TWENTY_FIFTH_SESSION = [
    pytest.param("2025年是“十五五”谋划之年。\n这是攻坚的一年。全州预计全年地区生产总值增长6%左右。今年全年地区生产总值增长6.5%左右。\n",
                 {"date": "2026-01-21", "title": "写在2026年全州两会召开之际", "region": "黔南布依族苗族自治州"},
                 [("6%左右", "gdp_growth", "actual", "2025"), ("6.5%左右", "gdp_growth", "target", "2026")],
                 id="全年 alone in January is the year just over, its estimate an outcome; 今年全年 the year begun"),
    pytest.param("第三产业实现增加值512.3亿元,占GDP比重48.2%,增加值增长5.9%。\n",
                 {"date": "2024-07-20", "title": "2024年上半年经济运行情况", "region": "德州市"},
                 [("512.3亿元", None, "actual", "2024-H1"), ("48.2%", None, "actual", "2024-H1"),
                  ("5.9%", "services_value_added_growth", "actual", "2024-H1")],
                 id="an item's head named by the sentence's opening clause past a share of GDP"),
    pytest.param("德州以4100.2亿元GDP位列全省第九。全省已有3个万亿元GDP城市。\n",
                 {"date": "2026-02-01", "title": "山东16市2025年GDP", "region": "山东"},
                 [("4100.2亿元", "gdp", "actual", "2025"), ("3个", None, "actual", "2025")],
                 id="a value before GDP is its size; 3个万亿元GDP城市 counts cities of a class"),
    pytest.param("一、2025年工作回顾\n实现1990年以前建成老旧小区应改尽改，新筹集保障性住房8000套;力争2027年前建成保障房2万套。\n",
                 {"date": "2026-01-20", "title": "2026年德州市政府工作报告", "region": "德州市"},
                 [("8000套", "affordable_housing", "actual", "2025"), ("2万套", "affordable_housing", "target", "2027")],
                 id="a year things were built by is no figure's time; a deadline is"),
    pytest.param("一、2025年工作回顾\n新能源总装机达到8041.6万千瓦,新能源并网装机4037万千瓦。\n",
                 {"date": "2026-01-20", "title": "2026年政府工作报告", "region": "新疆"},
                 [("8041.6万千瓦", "renewable_power_capacity", "actual", "2025"),
                  ("4037万千瓦", "renewable_power_capacity", "actual", "2025")], id="新能源总装机, 新能源并网装机"),
]


_CASES_OF_THE_TWENTY_SIXTH_SESSION = [
    pytest.param("数据显示：根据地区生产总值统一核算结果，一季度全市实现地区生产总值850.2亿元，同比增长5.1%。分三次产业看，"
                 "第一产业实现增加值60.3亿元，增长3.2%。\n", {"date": "2025-04-22", "title": "经济运行起步平稳", "region": "曲靖市"},
                 [("850.2亿元", "gdp", "actual", "2025-Q1"), ("5.1%", "gdp_growth", "actual", "2025-Q1"),
                  ("60.3亿元", None, "actual", "2025-Q1"), ("3.2%", "primary_industry_growth", "actual", "2025-Q1")],
                 id="a quarter opening its clause past two frames holds for the sentence after"),
    pytest.param("上半年全市实现地区生产总值1200亿元，同比增长5.2%。\n其中，第二产业实现增加值420亿元，同比增长4.8%。\n",
                 {"date": "2025-07-25", "title": "全市经济运行情况", "region": "遵义市"},
                 [("1200亿元", "gdp", "actual", "2025-H1"), ("5.2%", "gdp_growth", "actual", "2025-H1"),
                  ("420亿元", None, "actual", "2025-H1"), ("4.8%", "secondary_industry_growth", "actual", "2025-H1")],
                 id="a paragraph opening with 其中 goes on with the one before"),
    pytest.param("州长表示，今年全州将稳定粮食生产；粮食产量稳定在120万吨以上；新建高标准农田5万亩。\n",
                 {"date": "2026-02-01", "title": "某州2026年GDP预期增长6%", "region": "甘孜藏族自治州"},
                 [("120万吨以上", "grain_output", "target", "2026"), ("5万亩", "high_standard_farmland", "target", "2026")],
                 id="今年…将 opening a sentence: its later clauses are tasks of this year too"),
    pytest.param("强化投资拉动\n全年实施亿元以上项目300个，固定资产投资增长6%以上。\n",
                 {"date": "2025-01-10", "title": "吉林市政府工作报告：今年经济社会发展主要预期目标", "region": "吉林市"},
                 [("300个", None, "target", "2025"), ("6%以上", "fixed_asset_investment_growth", "target", "2025")],
                 id="a page titled with a report's part of goals: its figures are the year's goals"),
    pytest.param("2025年全市生产总值达850亿元，“十四五”时期年平均增长率达6.2%。全县生产总值300亿元，增长率为5.1%。"
                 "人口自然增长率为3.1‰。\n", {"date": "2026-01-30", "title": "数说“十四五”", "region": "固原市"},
                 [("850亿元", "gdp", "actual", "2025"), ("6.2%", "gdp_growth", "actual", "2021-2025"),
                  ("300亿元", "gdp", "actual", "2025"), ("5.1%", "gdp_growth", "actual", "2025"), ("3.1‰", None, "actual", "2025")],
                 id="a growth rate's noun opening its clause is the growth of what the clause before measured"),
    pytest.param("一、2025年工作回顾\n全市地方财政收入、支出分别达到50亿元和180亿元，旅游人数、旅游收入分别突破500万人次、40亿元。\n",
                 {"date": "2026-01-20", "title": "2026年政府工作报告", "region": "林芝市"},
                 [("50亿元", "general_budget_revenue", "actual", "2025"), ("180亿元", "general_budget_expenditure", "actual", "2025"),
                  ("突破500万人次", "tourist_visits", "actual", "2025"), ("40亿元", "tourism_revenue", "actual", "2025")],
                 id="things listed after a scope word, each named whole, each take a figure after 分别"),
    pytest.param("二、“十五五”时期主要目标\n到2030年地区生产总值冲刺5000亿元。开局之年，全市设定2026年地区生产总值增长6%左右的预期目标。\n",
                 {"date": "2026", "title": "政府工作报告解读", "region": "绵阳市"},
                 [("5000亿元", "gdp", "plan", "2030"), ("6%左右", "gdp_growth", "target", "2026")],
                 id="冲刺 leads to a goal's value; a year's 预期目标 under a plan's heading is a target"),
    pytest.param("北水首日回歸，恒指主板成交回升至近2510億元。\n", {"date": "2026-02-24", "title": None, "region": None},
                 [("近2510億元", None, "actual", "2026")],
                 id="a market's report of no title, early in the year, is of its day, not of the year before"),
    pytest.param("为满足旅客出行需求，铁路部门26日加开87对旅客列车。\n", {"date": "2025-02-26", "title": None, "region": "江西"},
                 [("87对", None, "actual", "2025")], id="a day of the month alone is of the time of writing"),
    pytest.param("力争年内新增新能源装机400万千瓦、总量突破1800万千瓦。\n", {"date": "2025-02-10", "title": "2025年政府工作报告", "region": "通辽市"},
                 [("400万千瓦", None, "target", "2025"), ("突破1800万千瓦", "renewable_power_capacity", "target", "2025")],
                 id="the total an addition brought, joined to it: the stock's value"),
]


_CASES_OF_THE_TWENTY_SEVENTH_SESSION = [
    pytest.param("回眸一年成就。“八五”普法圆满收官；空气质量优良率保持在98%以上；建设高标准农田2万亩。\n",
                 {"date": "2025-06-10", "title": "某县经济社会发展综述", "region": "莆田市仙游县"},
                 [("98%以上", "good_air_days", "actual", "2025"), ("2万亩", "high_standard_farmland", "actual", "2025")],
                 id="a five-year campaign of legal education (八五普法) is no five-year plan's time"),
    pytest.param("县人大会议开幕。从关键字里感受过去一年。过去一年，全县地区生产总值增长6.1%；去年同期全县地区生产总值增长5.5%。\n",
                 {"date": "2025-12-26", "title": "县政府工作报告解读", "region": "莆田市仙游县"},
                 [("6.1%", "gdp_growth", "actual", "2025"), ("5.5%", "gdp_growth", "actual", "2024")],
                 id="过去一年 in a report delivered in December is the year now closing, 去年 the one before"),
    pytest.param("3月19日，安徽省统计局发布《安徽省2025年国民经济和社会发展统计公报》。\n全年居民人均可支配收入达38755元，"
                 "比上年增长5.4%。\n", {"date": "2026", "title": "经济年报里的民生底色", "region": "安徽省"},
                 [("38755元", "disposable_income_per_capita", "actual", "2025"),
                  ("5.4%", "disposable_income_per_capita_growth", "actual", "2025")],
                 id="a text opening with the release of a year's communiqué is about that year"),
    pytest.param("一、2024年工作回顾\n全面完成地区生产总值增长5.5%等预期目标，规上工业增加值增长6%。\n",
                 {"date": "2025-01-20", "title": "2025年政府工作报告", "region": "阳江市"},
                 [("5.5%", "gdp_growth", "target", "2024"), ("6%", "industrial_value_added_growth", "actual", "2024")],
                 id="a figure before 等预期目标 is the goal's value"),
    pytest.param("2025年，南昌地区生产总值达8141.69亿元，成功跨越八千亿新台阶，同比增长4.7%。\n",
                 {"date": "2026-01-20", "title": "南昌经济年报", "region": "南昌市"},
                 [("8141.69亿元", "gdp", "actual", "2025"), ("八千亿", None, "actual", "2025"),
                  ("4.7%", "gdp_growth", "actual", "2025")],
                 id="a growth past a milestone its level passed is the level's"),
    pytest.param("一、2024年工作回顾\n实际使用内资 130.2 亿元、 外资 1368 万美元，分别增长 18.4%、 9.4%。\n",
                 {"date": "2025-01-20", "title": "2025年政府工作报告", "region": "汉中市"},
                 [("130.2 亿元", None, "actual", "2024"), ("1368 万美元", "foreign_investment_used", "actual", "2024"),
                  ("18.4%", None, "actual", "2024"), ("9.4%", "foreign_investment_used_growth", "actual", "2024")],
                 id="an item naming its head alone between a copied PDF's spaces"),
    pytest.param("上半年，连云港市延续一季度地区生产总值增长态势，地区生产总值同比增长12.9%。\n",
                 {"date": "2023-07-31", "title": "江苏2023年上半年全省经济运行成绩单出炉", "region": "江苏省"},
                 [("12.9%", "gdp_growth", "actual", "2023-H1")],
                 id="the time of a trend continued (延续一季度…态势) is no time of the figure"),
    pytest.param("分季度看，一季度城镇调查失业率平均值为5.4%，二季度改善至5.1%，三季度上升至5.4%。\n",
                 {"date": "2026-01-20", "title": "2025年经济运行情况", "region": "四川省"},
                 [("5.4%", "surveyed_unemployment", "actual", "2025-Q1"), ("5.1%", "surveyed_unemployment", "actual", "2025-Q2"),
                  ("5.4%", "surveyed_unemployment", "actual", "2025-Q3")],
                 id="parts of a year listed in turn with a verb only keep the measure"),
    pytest.param("其中，2025年，规模以上工业增加值比上 年增长7.0%，服务业增加值比上年增长6.1%。\n",
                 {"date": "2026-01-20", "title": "2025年经济运行情况", "region": "四川省"},
                 [("7.0%", "industrial_value_added_growth", "actual", "2025"),
                  ("6.1%", "services_value_added_growth", "actual", "2025")],
                 id="a PDF's space inside a gap word"),
    pytest.param("2025年，柳州地区生产总值同比增长6.2%、总量重回3000亿元台阶。\n",
                 {"date": "2026-01-20", "title": "柳州经济年报", "region": "柳州市"},
                 [("6.2%", "gdp_growth", "actual", "2025"), ("3000亿元", "gdp", "actual", "2025")],
                 id="a level a total returned to (重回…台阶) is its value"),
]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("前三季度全市生产总值1068.1亿元,同比增长6.0%。前三季度全国生产总值90万亿元。\n",
                 [("1068.1亿元", "gdp", "000000", "unknown"), ("6.0%", "gdp_growth", "000000", "unknown"),
                  ("90万亿元", "gdp", "000000", "clause")], id="全市"),
    pytest.param("1-3月,实现地区生产总值1028.06亿元,负增长4.2%。全区一般公共预算收入完成45亿元。全国居民人均可支配收入1万元。\n",
                 [("1028.06亿元", "gdp", "000000", "unknown"), ("4.2%", "gdp_growth", "000000", "unknown"),
                  ("45亿元", "general_budget_revenue", "000000", "unknown"),
                  ("1万元", "disposable_income_per_capita", "000000", "clause")],
                 id="地区生产总值 is a region's output; 全区 a district's or a region's"),
])
def test_a_figure_of_one_place_the_text_never_names_is_of_no_series(text, expected):
    """A figure of one place in a text naming none: region 000000 by `unknown`, never the country's series."""
    from etl.context.pipeline import analyse
    from etl.context.reader import make_document

    facts = analyse(make_document(text, "x", "x", {"date": "2021-10-27"})).facts
    assert [(a.fact.mention, a.indicator, a.region_code, a.region_how) for a in facts] == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    pytest.param("过去一年，德清县实现地区生产总值680亿元，增长6.2%。全县一般公共预算收入65亿元，增长5%。\n", "浙江省湖州市",
                 [("680亿元", "330521"), ("6.2%", "330521"), ("65亿元", "330521"), ("5%", "330521")], id="全县 after 德清县"),
    pytest.param("报告指出，2024年龙岗区实现地区生产总值5901亿元。全区规模以上工业增加值增长9.4%，社会消费品零售总额1537.28亿元。\n",
                 "深圳市", [("5901亿元", "440307"), ("9.4%", "440307"), ("1537.28亿元", "440307")], id="全区 after 龙岗区"),
    pytest.param("全县一般公共预算收入65亿元。\n", "浙江省湖州市", [("65亿元", "330500")], id="no county named before"),
])
def test_a_scope_word_below_the_documents_place_stands_for_the_place_named_before(text, region, expected):
    from etl.context.pipeline import analyse
    from etl.context.reader import make_document

    facts = analyse(make_document(text, "x", "x", {"date": "2024-01-20", "region": region})).facts
    assert [(a.fact.mention, a.region_code) for a in facts] == expected


def test_a_figure_of_a_place_not_known_stays_out_of_the_countrys_series(tmp_path, hand):
    from etl.load import publish

    G = dict(unit="元", kind="money", region="000000", topic="social_work", metric="生产总值", indicator="gdp",
             period="2021-Q1..Q3", status="actual")
    docs = [hand.build("city", "前三季度全市生产总值1068.1亿元。", (hand.Spec("1068.1亿元", "106810000000", region_how="unknown", **G),),
                       date="2021-10-27"),
            hand.build("nation", "前三季度全国生产总值823131亿元。", (hand.Spec("823131亿元", "82313100000000", **G),),
                       date="2021-10-18")]
    db = tmp_path / "facts.duckdb"
    topics = [*hand.topics, type(hand.topics[0])("economic_growth", "经济增长", None)]
    publish(db, docs, hand.regions, topics, parser_version="test", indicators=[catalogue().indicators["gdp"]])
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select region_code, value, n_sources from indicator_series").fetchall() == [
            ("000000", Decimal("82313100000000"), 1)]
        assert con.execute("select count(*) from facts where indicator = 'gdp'").fetchone() == (2,)


def test_a_value_per_head_is_so_where_its_clause_does_not_say_it():
    """…城镇居民人均可支配收入3万元；2013年，2.8万元: the value a clause continues is per head too (review)."""
    from etl.context.pipeline import analyse
    from etl.context.reader import make_document

    text = "全市城镇居民人均可支配收入3万元；2013年，2.8万元。\n"
    facts = analyse(make_document(text, "x", "x", {"date": "2014-08-01", "region": "乌鲁木齐市"})).facts
    assert [(a.fact.mention, a.indicator, a.period_basis) for a in facts] == [
        ("3万元", "urban_income_per_capita", "per_capita"), ("2.8万元", "urban_income_per_capita", "per_capita")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("北京、天津、河北三地GDP合计10.4万亿元，增长5.1%。", [("000000", "places"), ("000000", "places")],
                 id="the list the subject of the clause before"),
    pytest.param("河南、郑州GDP分别增长4.1%和1%。", [("410000", "clause"), ("410100", "clause")], id="分别: each its own"),
    pytest.param("全省在郑州、洛阳带动下地区生产总值增长6.5%。", [("410000", "clause")], id="a list in an adverbial, 全省 the subject"),
    pytest.param("美国、日本GDP分别增长2.5%和1.9%。", [("000000", "clause"), ("000000", "clause")], id="foreign places: no indicator"),
    pytest.param("苏南五市苏州、无锡、常州GDP增长6%。目前广东、江苏GDP均超12万亿元。", [("320000", "places"), ("000000", "places")],
                 id="a group's name or 目前 before the list (second review)"),
])
def test_which_values_are_of_several_places_listed(text, expected):
    """region_how = places only for an indicator's value of a list of places that is its clause's subject (review)."""
    from etl.context.pipeline import analyse
    from etl.context.reader import make_document

    facts = analyse(make_document(text + "\n", "x", "x", {"date": "2023-02-10", "region": "河南省"})).facts
    assert [(a.region_code, a.region_how) for a in facts] == expected


def test_one_value_of_several_places_listed_stays_out_of_their_regions_series(tmp_path):
    """濮阳、漯河、信阳则是7%以上 (and 江西、新疆GDP增长目标为7%左右): each place's goal, placed in their common region for the reader
    (region_how = places), never a point of that region's series (indicator_values)."""
    from etl.cli import main
    from etl.load.serving import serving_path

    source = tmp_path / "goals.jsonl"
    source.write_text(json.dumps({"id": "g", "date": "2023-02-10", "title": "河南各市GDP增长目标", "region": "河南省",
                                  "text": "各市GDP增长目标：郑州7%以上，濮阳、漯河、信阳则是7%以上。江西、新疆GDP增长目标为7%左右。\n"},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "facts.duckdb"
    assert main(["ingest", str(source), "--db", str(db)]) == 0
    with duckdb.connect(str(serving_path(db)), read_only=True) as con:
        assert con.execute("select region_code, region_how from figures order by char_start").fetchall() == [
            ("410100", "clause"), ("410000", "places"), ("000000", "places")]
        assert con.execute("select region_code, value from indicator_values").fetchall() == [("410100", Decimal("7"))]


@pytest.mark.parametrize(("text", "region", "code"), [
    pytest.param("对广东系列重要讲话精神。\n获评全省唯一一个“中国食品名城”。常住人口城镇化率达65.8%。\n", "广东省潮州市", "445100",
                 id="全省 naming the set of an honour (获评全省唯一一个…)"),
    pytest.param("我们认真学习贯彻习近平总书记对江苏工作重要讲话精神。\n经济发展:建筑业税收5.98亿元。溱湖湾旅游度假区考核列全省前3。\n",
                 "江苏省泰州市姜堰区", "321204", id="全省 naming the set of a rank (列全省前3)"),
])
def test_a_province_named_as_the_set_of_an_honour_or_rank_is_not_referred_back_to(text, region, code):
    from etl.context.pipeline import analyse
    from etl.context.reader import make_document

    facts = analyse(make_document(text, "x", "x", {"date": "2021-02-02", "title": "政府工作报告", "region": region})).facts
    assert [a.region_code for a in facts] == [code]


def test_the_place_projects_are_brought_in_from_is_not_the_figures():
    from etl.context.pipeline import analyse
    from etl.context.reader import make_document

    text = "一、2022年工作回顾\n引进北京重大项目62个，承接深圳产业转移项目45个。北京市引进项目30个。\n"
    facts = analyse(make_document(text, "x", "x", {"date": "2023-01-20", "title": "政府工作报告", "region": "天津市滨海新区"})).facts
    assert [(a.fact.mention, a.region_code) for a in facts] == [("62个", "120116"), ("45个", "120116"), ("30个", "110000")]


def test_a_reports_title_below_a_web_pages_crumbs_heads_no_part():
    """导航菜单 / (江苏省)泰州市姜堰区2026年政府工作报告(2026年1月13日) / 2025年工作回顾: the review is 2025's, as without the crumb."""
    from etl.context.pipeline import analyse
    from etl.context.reader import make_document

    title = "(江苏省)泰州市姜堰区2026年政府工作报告(2026年1月13日)"
    for crumb in ("", "导航菜单\n"):
        text = f"{crumb}{title}\n2025年工作回顾\n新增城镇就业6000人以上。\n"
        facts = analyse(make_document(text, "x", "x", {"date": "2026-01-13", "title": title, "region": "江苏省泰州市姜堰区"})).facts
        assert [(a.fact.mention, a.indicator, a.period) for a in facts] == [("6000人以上", "urban_new_jobs", "2025")]


@pytest.mark.parametrize(("text", "region", "how"), [
    ("5月份,全市规模以上工业增加值同比增长8.1%。", "河南", "unknown"),
    ("5月份,全市规模以上工业增加值同比增长8.1%。", "河南省周口市", "clause"),
    ("5月份,全市规模以上工业增加值同比增长8.1%。", "北京市", "clause"),
    ("资本市场融资增长41.3%。", "辽宁省", "metadata"),
])
def test_a_scope_word_below_the_known_place_names_an_unknown_place_inside_it(text, region, how):
    """全市 in a text known only as Henan's is one city of Henan, not named: kept out of Henan's series (region_how
    unknown); not 全市 of Beijing, a city at a province's level, nor 资本市场."""
    from etl.context.pipeline import analyse
    from etl.context.reader import make_document

    facts = analyse(make_document(text + "\n", "x", "x", {"date": "2025-06-20", "region": region})).facts
    assert [a.region_how for a in facts] == [how]


_CASES_OF_THE_TWENTY_EIGHTH_SESSION = [
    pytest.param("2023年全市接待游客5200万人次，2024年则达到6100万人次。\n",
                 {"date": "2025-02-10", "title": "文旅市场回顾", "region": "桂林市"},
                 [("5200万人次", "tourist_visits", "actual", "2023"), ("6100万人次", "tourist_visits", "actual", "2024")],
                 id="则 before a later year's value of the same measure"),
    pytest.param("2023年全市旅游总收入约800亿元，而到了2024年，这一数字增至近900亿元。\n",
                 {"date": "2025-02-10", "title": "文旅市场回顾", "region": "桂林市"},
                 [("约800亿元", "tourism_revenue", "actual", "2023"), ("近900亿元", "tourism_revenue", "actual", "2024")],
                 id="而到了…，这一数字 points back to the measure before"),
    pytest.param("2024年，全省城镇居民人均可支配收入52000元，比上年名义增长4.8%；扣除价格因素，实际增长4.6%。\n",
                 {"date": "2025-01-20", "title": "2024年全省居民收入", "region": "浙江省"},
                 [("52000元", "urban_income_per_capita", "actual", "2024"),
                  ("4.8%", "urban_income_per_capita_growth", "actual", "2024"),
                  ("4.6%", "urban_income_per_capita_growth", "actual", "2024")],
                 id="扣除价格因素， opening the clause after a semicolon: the real growth of the same measure"),
    pytest.param("2024年全市接待游客5200万人次，民宿营业额则增长6%。\n",
                 {"date": "2025-02-10", "title": "文旅市场回顾", "region": "桂林市"},
                 [("5200万人次", "tourist_visits", "actual", "2024"), ("6%", None, "actual", "2024")],
                 id="则 after a noun of its own joins nothing"),
    pytest.param("2024年，潍坊以6.3%的实际增速领跑全省，地区生产总值突破8000亿元。\n",
                 {"date": "2025-02-10", "title": "山东16市经济年报", "region": "山东省"},
                 [("6.3%", "gdp_growth", "actual", "2024"), ("突破8000亿元", "gdp", "actual", "2024")],
                 id="以X%的增速 ranks by the growth of the sentence's only measure"),
    pytest.param("2024年，潍坊以6.3%的增速领跑全省，规上工业增加值和社会消费品零售总额均居前列。\n",
                 {"date": "2025-02-10", "title": "山东16市经济年报", "region": "山东省"},
                 [("6.3%", None, "actual", "2024")],
                 id="以X%的增速 in a sentence of two measures: neither"),
    pytest.param("前三季度，全省居民消费价格同比上涨0.6%。其中，9月份同比上涨0.3%。\n",
                 {"date": "2025-10-20", "title": "前三季度全省经济运行情况", "region": "江苏省"},
                 [("0.6%", "cpi", "actual", "2025-Q1..Q3"), ("0.3%", "cpi", "actual", "2025-09")],
                 id="a sentence opening with 其中 and a part of the time goes on with the measure before"),
    pytest.param("这五年，全县城镇新增就业累计5.2万人，规上工业增加值年均增长8.1%。\n",
                 {"date": "2025-11-20", "title": "“十四五”答卷系列新闻发布会·宁乡专场", "region": "长沙市宁乡市"},
                 [("5.2万人", "urban_new_jobs", "actual", "2021-2025"),
                  ("8.1%", "industrial_value_added_growth", "actual", "2021-2025")],
                 id="这五年 in a text on the closing plan, late in its last year: the plan's years"),
    pytest.param("预计2025年，全县地区生产总值完成120亿元，五年跨越2个台阶，年均增长7%；固定资产投资完成60亿元。\n",
                 {"date": "2025-12-28", "title": "2026年县政府工作报告", "region": "长治市沁县"},
                 [("120亿元", "gdp", "actual", "2025"), ("7%", "gdp_growth", "actual", "2021-2025"),
                  ("60亿元", "fixed_asset_investment", "actual", "2025")],
                 id="a span mid-sentence is its clause's aside: the clauses after a semicolon go on with the year"),
    pytest.param("2025年，全市地区生产总值5000亿元，是全省唯一一个超千亿的城市，人口超千万。\n",
                 {"date": "2026-01-20", "title": "经济年报", "region": "南昌市"},
                 [("5000亿元", "gdp", "actual", "2025"), ("超千亿", None, "actual", "2025"),
                  ("超千万", None, "actual", "2025")],
                 id="a head after a clause with no figure takes no modifier from it (…的城市，人口 is no 城市人口)"),
    pytest.param("一季度，全市地区生产总值同比增长12.6%，比2019年同期增长8.1%。\n",
                 {"date": "2021-04-20", "title": "一季度全市经济运行情况", "region": "洛阳市"},
                 [("12.6%", "gdp_growth", "actual", "2021-Q1"), ("8.1%", None, "actual", "2021-Q1")],
                 id="a part's growth over two years (比2019年同期) is no year's growth"),
    pytest.param("2024年，全市户籍人均生产总值为98000元，常住人口人均地区生产总值为87000元。\n",
                 {"date": "2025-03-20", "title": "2024年全市统计公报", "region": "玉环市"},
                 [("98000元", None, "actual", "2024"), ("87000元", "gdp_per_capita", "actual", "2024")],
                 id="per registered resident (户籍人均) is not the indicator's per resident"),
    pytest.param("2025年的宝鸡，可能与3000亿GDP目标擦肩而过。\n",
                 {"date": "2026-01-15", "title": "宝鸡经济观察", "region": "宝鸡市"},
                 [("3000亿", "gdp", "target", "2025")],
                 id="a value right before GDP目标 is the goal's"),
]


_CASES_OF_THE_TWENTY_NINTH_SESSION = [
    pytest.param("要点如下：\n\n一、2025年工作回顾\n\n地区生产总值增长5.6%\n\n过去五年\n\n地区生产总值年均增长6.1%\n\n"
                 "城镇新增就业累计58万人\n\n居民人均可支配收入年均增长5.9%\n",
                 {"date": "2026-01-20", "title": "政府工作报告极简版", "region": "合肥市"},
                 [("5.6%", "gdp_growth", "actual", "2025"), ("6.1%", "gdp_growth", "actual", "2021-2025"),
                  ("58万人", "urban_new_jobs", "actual", "2021-2025"),
                  ("5.9%", "disposable_income_per_capita_growth", "actual", "2021-2025")],
                 id="lines stating figures are a list's items, not headings: the line 过去五年 heads them all"),
    pytest.param("1月8日，市十七届人大五次会议开幕。\n\n2025年是“十四五”规划收官之年。全市将重点围绕五个方面攻坚突破。\n\n"
                 "（一）聚焦扩大内需，在稳增长上攻坚突破\n\n更好发挥消费基础作用，全年社会消费品零售总额增长6%左右。\n",
                 {"date": "2025-01-10", "title": "两会观察：今年这样干", "region": "宜昌市"},
                 [("6%左右", "retail_sales_growth", "target", "2025")],
                 id="the lead before the parts opens the year ahead they are the work of: 全年 in them is its goal"),
    pytest.param("前三季度，全市外贸也慢了，出口只涨4.5%，居民消费价格升0.3%。\n",
                 {"date": "2025-10-25", "title": "前三季度经济观察", "region": "石家庄市"},
                 [("4.5%", "exports_growth", "actual", "2025-Q1..Q3"), ("0.3%", "cpi", "actual", "2025-Q1..Q3")],
                 id="the one-character verbs of news (涨, 升) and 只 before them"),
    pytest.param("在黄土高原上，靠挖煤起家的鄂尔多斯正在转型。\n2025年的鄂尔多斯，可能与6500亿GDP目标擦肩而过。结合全年经济运行态势，"
                 "全年GDP预计在6300亿左右。\n",
                 {"date": "2026", "title": "鄂尔多斯：6500亿GDP可能就差一线", "region": "鄂尔多斯市"},
                 [("6500亿", "gdp", "target", "2025"), ("6300亿左右", "gdp", "actual", "2025")],
                 id="全年 after a sentence opening with its year (2025年的…，) is that year"),
    pytest.param("预计“十四五”末全市经济总量突破4000亿元，常住人口城镇化率接近65%。\n",
                 {"date": "2025-09-20", "title": "许昌亮出“十四五”发展成绩单", "region": "许昌市"},
                 [("突破4000亿元", "gdp", "actual", "2025"), ("接近65%", "urbanization_rate", "actual", "2025")],
                 id="the plan's end in its last year is that year's estimate, no plan goal"),
    pytest.param("到“十四五”末，全市经济总量突破4000亿元。\n",
                 {"date": "2025-09-20", "title": "许昌亮出“十四五”发展成绩单", "region": "许昌市"},
                 [("突破4000亿元", "gdp", "plan", "2025")],
                 id="到 the plan's end, in its last year too: a goal by then"),
    pytest.param("预计“十四五”末全市经济总量突破4000亿元。\n",
                 {"date": "2025-01-15", "title": "许昌亮出“十四五”发展成绩单", "region": "许昌市"},
                 [("突破4000亿元", "gdp", "plan", "2025")],
                 id="the plan's end early in its last year is still the plan's goal"),
    pytest.param("“十四五”末，全市经济总量将突破4000亿元。\n",
                 {"date": "2025-09-20", "title": "许昌亮出“十四五”发展成绩单", "region": "许昌市"},
                 [("突破4000亿元", "gdp", "plan", "2025")],
                 id="the plan's end late in its last year with 将 after it is still the plan's goal"),
    pytest.param("2025年是“十四五”收官之年。据测算，全年粮食总产量1300亿斤左右。\n",
                 {"date": "2025-07-15", "title": "夏粮丰收", "region": "河南省"},
                 [("1300亿斤左右", "grain_output", "actual", "2025")],
                 id="全年 after a sentence about the year, mid-year: a level measured, no goal"),
    pytest.param("1月10日，市人大会议开幕。\n\n2025年是“十四五”规划收官之年。报告回顾了过去一年的工作。\n\n"
                 "（一）经济运行稳中向好\n\n全年地区生产总值增长5.2%左右，城镇新增就业4.5万人。\n",
                 {"date": "2025-01-12", "title": "两会观察", "region": "宜昌市"},
                 [("5.2%左右", "gdp_growth", "actual", "2024"), ("4.5万人", "urban_new_jobs", "actual", "2024")],
                 id="a lead that says the parts review opens no year ahead for them"),
    pytest.param("2025年江门市政府工作报告提出，围绕实现地区生产总值增长5%、城镇调查失业率低于5.5%等预期目标，"
                 "今年江门将做好十方面重点工作。\n",
                 {"date": "2025", "title": "2025年江门市政府工作报告", "region": "江门市"},
                 [("5%", "gdp_growth", "target", "2025"), ("5.5%", "surveyed_unemployment", "target", "2025")],
                 id="围绕实现…、…低于…等预期目标: goals to reach, not reached"),
    pytest.param("2025年，全市接待游客1.2亿人次，中央大街年接待游客超1亿人次，鼓浪屿景区接待游客1000万人次。\n",
                 {"date": "2026-01-20", "title": "文旅发展", "region": "哈尔滨市"},
                 [("1.2亿人次", "tourist_visits", "actual", "2025"), ("超1亿人次", None, "actual", "2025"),
                  ("1000万人次", None, "actual", "2025")],
                 id="a site's visitors (大街, 景区 before the phrase) are no value of the place's"),
    pytest.param("2022年，全年一般公共预算地方收入4.81亿元，同比增长15.2%；社消零总额增长11%以上，社消零首次突破500亿元。\n",
                 {"date": "2023-03-20", "title": "2022年统计公报", "region": "淮南市"},
                 [("4.81亿元", "general_budget_revenue", "actual", "2022"),
                  ("15.2%", "general_budget_revenue_growth", "actual", "2022"),
                  ("11%以上", "retail_sales_growth", "actual", "2022"), ("突破500亿元", "retail_sales", "actual", "2022")],
                 id="一般公共预算地方收入; 社消零, the press's short name of retail sales"),
    pytest.param("记者获悉，去年江门实现地区生产总值4200亿元。\n全市较好完成地区生产总值增长5%的预期目标。\n",
                 {"date": "2025", "title": "2025年江门市政府工作报告", "region": "江门市"},
                 [("4200亿元", "gdp", "actual", "2024"), ("5%", "gdp_growth", "target", "2024")],
                 id="…的预期目标 told reached (较好完成) in a report out early in its year: the year reviewed"),
    pytest.param("1月10日，市人大会议开幕。\n\n2025年是“十四五”规划收官之年，今年经济社会发展的主要预期目标如下。\n\n"
                 "（一）经济运行\n\n全年地区生产总值增长6%，城镇新增就业4.5万人。\n",
                 {"date": "2025-01-12", "title": "两会观察", "region": "宜昌市"},
                 [("6%", "gdp_growth", "target", "2025"), ("4.5万人", "urban_new_jobs", "target", "2025")],
                 id="a lead announcing the year's goals (今年…主要预期目标如下) opens that year for the parts"),
    pytest.param("1月10日，市人大会议开幕。\n\n今年政府工作报告将去年的工作回顾如下。\n\n（一）经济运行\n\n"
                 "全年地区生产总值增长5.2%左右，城镇新增就业4.5万人。\n",
                 {"date": "2025-01-12", "title": "两会观察", "region": "宜昌市"},
                 [("5.2%左右", "gdp_growth", "actual", "2024"), ("4.5万人", "urban_new_jobs", "actual", "2024")],
                 id="a lead with 将 that says the parts review (回顾, 去年) opens no year ahead"),
    pytest.param("2025年是“十四五”收官之年。\n全年城镇新增就业11万人，地区生产总值增长5.5%。\n",
                 {"date": "2025-01-15", "title": "2025年郑州市政府工作报告", "region": "郑州市"},
                 [("11万人", "urban_new_jobs", "target", "2025"), ("5.5%", "gdp_growth", "target", "2025")],
                 id="全年 after the year as a whole in a report out early in its year: its goals, with or without a bound"),
    pytest.param("预计“十四五”末全市经济总量突破4000亿元。\n",
                 {"date": "2025", "title": "许昌发展成就", "region": "许昌市"},
                 [("突破4000亿元", "gdp", "actual", "2025")],
                 id="预计 before the plan's end in a text dated by its year alone: the estimate"),
    pytest.param("记者从2025年江门市政府工作报告获悉，去年江门实现地区生产总值4200亿元、增长3.5%。\n"
                 "锚定战略定位，围绕地区生产总值增长5%等预期目标，今年江门将做好十方面重点工作。\n"
                 "去年全市完成了地区生产总值增长5%的预期目标。\n",
                 {"date": "2025", "title": "2025年江门市政府工作报告", "region": "江门市"},
                 [("4200亿元", "gdp", "actual", "2024"), ("3.5%", "gdp_growth", "actual", "2024"),
                  ("5%", "gdp_growth", "target", "2025"), ("5%", "gdp_growth", "target", "2024")],
                 id="…等预期目标 told with no time in a report out early in its year is the year ahead's, unless reached"),
]


_CASES_OF_THE_THIRTIETH_SESSION = [
    pytest.param("全年地区生产总值预计增长5.5%左右，全社会固定资产投资预计增长6%。\n",
                 {"date": "2025-07-20", "title": "上半年经济运行情况", "region": "襄阳市"},
                 [("5.5%左右", "gdp_growth", None, "2025"), ("6%", "fixed_asset_investment_growth", None, "2025")],
                 id="预计 after the whole year's subject (全年…预计) in July: a forecast, as 预计全年"),
    pytest.param("公司预计2025年上半年实现营业收入12亿元至15亿元，同比增长35%到68%。\n",
                 {"date": "2025-03-20", "title": "业绩预告", "region": "合肥市"},
                 [("12亿元至15亿元", None, None, "2025-H1"), ("35%到68%", None, None, "2025-H1")],
                 id="an estimate of a part of the year far from over (预计…上半年 in March): a forecast"),
    pytest.param("公司预计2025年上半年实现营业收入12亿元至15亿元。\n",
                 {"date": "2025-06-28", "title": "业绩预告", "region": "合肥市"},
                 [("12亿元至15亿元", None, "actual", "2025-H1")],
                 id="…near its end, an estimated outcome"),
    pytest.param("去年美方曾表示将对半导体加征关税，因此去年主计总处采取保守估计，没想到美方并未加征，"
                 "第四季出口实际表现更强，出口额达1881亿美元。\n",
                 {"date": "2026-01-31", "title": "出口上修", "region": "台湾"},
                 [("1881亿美元", "exports", "actual", "2025-Q4")],
                 id="a yearless part not over in January is last year's, a 将 far before it no forecast of it"),
    pytest.param("整体经济发展\n\n经济持续增长：国内生产总值年均增长保持在合理区间。\n\n环境保护\n\n"
                 "改善生态环境：单位国内生产总值能源消耗降低13.5%，森林覆盖率提高到24.1%。\n",
                 {"date": "2021", "title": "「十四五」规划纲要要点", "region": None},
                 [("13.5%", "energy_intensity", "plan", "2021-2025"), ("24.1%", "forest_coverage", "plan", "2025")],
                 id="a page titled by a plan's outline in the plan's first year: the plan's goals under every heading"),
    pytest.param("2025年经济运行稳中有进，地区生产总值增长5.5%。\n",
                 {"date": "2026-01-21", "title": "谋划“十五五”发展新蓝图", "region": "南通市"},
                 [("5.5%", "gdp_growth", "actual", "2025")],
                 id="…not a report's news naming the plan (no 规划, 纲要 in its title)"),
    pytest.param("社会消费品零售总额目标1.55万亿元，货物进出口总额9000亿元。去年城镇调查失业率为5.2%，优于年度控制目标0.3个百分点。\n",
                 {"date": "2025-02-10", "title": "今年经济发展看点", "region": "重庆市"},
                 [("1.55万亿元", "retail_sales", "target", "2025"), ("9000亿元", "trade_total", "target", "2025"),
                  ("5.2%", "surveyed_unemployment", "actual", "2024"), ("0.3个百分点", None, "actual", "2024")],
                 id="目标 right before a value is a goal's cue, for the list after it; not in a comparison's base"),
    pytest.param("各地经济目标陆续出炉，其中，漯河GDP预期目标为7%以上，周口为7%左右；城镇化率目标为65%。\n",
                 {"date": "2025-02-19", "title": "河南多地经济目标出炉", "region": "河南省"},
                 [("7%以上", "gdp_growth", "target", "2025"), ("7%左右", "gdp_growth", "target", "2025"),
                  ("65%", "urbanization_rate", "target", "2025")],
                 id="a goal in % of what no percent measures (GDP预期目标为7%) is its growth; a rate's goal stays the rate"),
    pytest.param("一、2022年工作回顾\n\n全市地区生产总值达到1536亿元，增长4.6%，实现“十三五”以来首次超过全区平均水平，"
                 "其中，第一产业增速5.5%。\n",
                 {"date": "2023-02-18", "title": "呼伦贝尔市政府工作报告", "region": "呼伦贝尔市"},
                 [("1536亿元", "gdp", "actual", "2022"), ("4.6%", "gdp_growth", "actual", "2022"),
                  ("5.5%", "primary_industry_growth", "actual", "2022")],
                 id="a time a record is counted from (“十三五”以来首次) is no time of the figures after it"),
    pytest.param("澳门今年首季入境旅客逾800万人次，按年上升20%。\n",
                 {"date": "2024-04-20", "title": "首季旅客", "region": "澳门"},
                 [("逾800万人次", None, "actual", "2024-Q1"), ("20%", None, "actual", "2024-Q1")],
                 id="首季 after a year is its first quarter, as Macao and Hong Kong write it"),
    pytest.param("每年首季通常为旅游淡季，入境旅客约800万人次。\n",
                 {"date": "2025-04-20", "title": "旅游淡季", "region": "香港"},
                 [("约800万人次", None, "actual", "2024")], id="…not after 每年: any year's"),
    pytest.param("全省地区生产总值目标7%，实际增长5.5%，与目标相差1.5个百分点；空气质量优良天数比率达到92.3%，高出省定目标"
                 "2.3个百分点；2024年全省固定资产投资完成年度目标102%。\n",
                 {"date": "2025-02-10", "title": "去年经济运行", "region": "浙江省"},
                 [("7%", "gdp_growth", "target", "2024"), ("5.5%", "gdp_growth", "actual", "2024"),
                  ("1.5个百分点", None, "actual", "2024"), ("92.3%", "good_air_days", "actual", "2024"),
                  ("2.3个百分点", None, "actual", "2024"), ("102%", None, "actual", "2024")],
                 id="目标 holds no outcome told after it (实际增长), nor a margin over it (高出…目标), nor a share of it reached"),
    pytest.param("全省研发经费占地区生产总值比重目标3.3%。\n",
                 {"date": "2025-02-10", "title": "今年目标", "region": "浙江省"},
                 [("3.3%", "rd_intensity", "target", "2025")], id="…while 比 of 比重 is no comparison"),
    pytest.param("前三季度全省地区生产总值增长10.6%。\n",
                 {"date": "2021-12-20", "title": "“十四五”规划开局之年经济运行综述", "region": "浙江省"},
                 [("10.6%", "gdp_growth", "actual", "2021-Q1..Q3")],
                 id="news naming a plan in its title is no plan's outline"),
    pytest.param("今年，冰雪大世界开园首日即迎客6.2万人次，开园3小时预约人次就达4万。\n",
                 {"date": "2025-01-10", "title": "冰雪大世界开园", "region": "哈尔滨市"},
                 [("6.2万人次", None, "actual", "2025"), ("3小时", None, "actual", "2025"), ("4万", None, "actual", "2025")],
                 id="今年 in January is no goal's year for a day gone by (开园首日, 当天)"),
    pytest.param("全省地区生产总值增长率，从2023年的4.1%，到2024年的5.1%，殊为不易；第三季经济成长率上调至8.21%。\n",
                 {"date": "2025-02-20", "title": "经济观察", "region": "江西省"},
                 [("4.1%", "gdp_growth", "actual", "2023"), ("5.1%", "gdp_growth", "actual", "2024"),
                  ("8.21%", "gdp_growth", "actual", "2024-Q3")],
                 id="到 and 至 between a phrase and its value, a revision's verb too (上调至, 上修至)"),
    pytest.param("主计总处上修今年经济成长率至4.45%，上修第二季经济成长率至8.01%。\n",
                 {"date": "2025-08-28", "title": "上修经济成长率", "region": "台湾"},
                 [("4.45%", "gdp_growth", None, "2025"), ("8.01%", "gdp_growth", "actual", "2025-Q2")],
                 id="a revised forecast (上修, 下修) of a time not over has no status; of a quarter gone, an outcome"),
    pytest.param("广东设定今年 GDP 增 4.5% 至 5% 目标\n广东省十四届人大五次会议今早在广州开幕。\n",
                 {"date": "2026-01-26", "title": "广东设定今年 GDP 增 4.5% 至 5% 目标", "region": "广东省"},
                 [("4.5% 至 5%", "gdp_growth", "target", "2026")],
                 id="目标 right after a rate at its clause's end names it a goal (a headline repeated as the first line)"),
]


_CASES_OF_THE_THIRTY_FIRST_SESSION = [
    pytest.param("一、2023年计划执行情况\n表1 2023年主要指标完成情况\n指标名称\n预期目标\n实际完成\n备注\n1.地区生产总值\n增长6%\n"
                 "增长5.2%\n2860亿元\n2.城镇新增就业\n3万人\n3.4万人\n\n3.居民人均可支配收入\n增长6%\n增长5.8%\n"
                 "二、2024年计划草案\n今年地区生产总值预期增长5.5%左右。\n",
                 {"date": "2024-02-20", "title": "关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告",
                  "region": "湖州市"},
                 [("6%", "gdp_growth", "target", "2023"), ("5.2%", "gdp_growth", "actual", "2023"),
                  ("2860亿元", "gdp", "actual", "2023"), ("3万人", "urban_new_jobs", "target", "2023"),
                  ("3.4万人", "urban_new_jobs", "actual", "2023"),
                  ("6%", "disposable_income_per_capita_growth", "target", "2023"),
                  ("5.8%", "disposable_income_per_capita_growth", "actual", "2023"),
                  ("5.5%左右", "gdp_growth", "target", "2024")],
                 id="a table pasted one cell per line: each value read after its row and its column (预期目标 / 实际完成), "
                    "the goal of the outcome's year; a note column says nothing"),
    pytest.param("主要指标\n指标\n2024年\n2025年目标\n地区生产总值\n增长5.6%\n增长6%左右\n一般公共预算收入\n下降1.2%\n增长3%\n",
                 {"date": "2025-01-15", "title": "2025年国民经济和社会发展计划草案", "region": "湖州市"},
                 [("5.6%", "gdp_growth", "actual", "2024"), ("6%左右", "gdp_growth", "target", "2025"),
                  ("1.2%", "general_budget_revenue_growth", "actual", "2024"),
                  ("3%", "general_budget_revenue_growth", "target", "2025")],
                 id="…columns headed by years: the year each names"),
    pytest.param("重点项目\n项目\n名称\n地址\n总投资50亿元\n",
                 {"date": "2025-01-15", "title": "通知", "region": "湖州市"},
                 [("50亿元", None, "actual", "2024")],
                 id="…no table where the header's names are no columns of values (地址)"),
    pytest.param("2024年，全市人均地区生产总值突破8万关口、达到8.17万元。\n",
                 {"date": "2025-01-20", "title": "政府工作报告", "region": "嘉兴市"},
                 [("突破8万", None, "actual", "2024"), ("8.17万元", "gdp_per_capita", "actual", "2024")],
                 id="a milestone crossed (关口) and then the value reached: the value's"),
    pytest.param("地区生产总值6%\n城镇新增就业45万人以上\n",
                 {"date": "2024-01-28", "title": "四川省2024年主要目标和重点任务(政府工作报告)", "region": "四川省"},
                 [("6%", "gdp_growth", "target", "2024"), ("45万人以上", "urban_new_jobs", "target", "2024")],
                 id="a part of the report its title names before the report's name in brackets; a line of a phrase "
                    "that no percent measures and a percent alone: its growth"),
    pytest.param("研发投入占地区生产总值2.5%。\n",
                 {"date": "2024-01-28", "title": "政府工作报告", "region": "四川省"},
                 [("2.5%", None, "actual", "2023")],
                 id="…not a share told in the clause (占地区生产总值2.5%)"),
    pytest.param("二、守住了底线任务\n2023年全省经济持续回升向好，全年地区生产总值增长4.9%。\n",
                 {"date": "2024-01-24", "title": "贵州去年GDP增长4.9% 今年将推动数字经济规模破万亿", "region": "贵州省"},
                 [("4.9%", "gdp_growth", "actual", "2023")],
                 id="a heading telling tasks done (守住了底线任务): a review"),
    pytest.param("全省旅游人次、旅游总收入分别恢复到2019年的113%、119%。社会消费品零售总额增长5.9%。\n",
                 {"date": "2024-01-24", "title": "政府工作报告", "region": "贵州省"},
                 [("113%", None, "actual", "2023"), ("119%", None, "actual", "2023"),
                  ("5.9%", "retail_sales_growth", "actual", "2023")],
                 id="the base year of a ratio (恢复到2019年的113%) is no time of the ratio nor of the sentences after it"),
    pytest.param("驻马店2023年GDP增速目标为7%左右，濮阳、漯河、信阳则是7%以上，商丘是7.5%左右。\n",
                 {"date": "2023-01-05", "title": "河南多地2023年GDP增速目标定为7%", "region": "河南省"},
                 [("7%左右", "gdp_growth", "target", "2023"), ("7%以上", "gdp_growth", "target", "2023"),
                  ("7.5%左右", "gdp_growth", "target", "2023")],
                 id="a series of places after a place and its year, several listed in an item (濮阳、漯河、信阳则是)"),
    pytest.param("其中，漯河GDP预期目标为7%以上，平顶山、南阳等地为6.5%左右。\n",
                 {"date": "2025-01-20", "title": "河南多地GDP目标", "region": "河南省"},
                 [("7%以上", "gdp_growth", "target", "2025"), ("6.5%左右", "gdp_growth", "target", "2025")],
                 id="…and places with 等地 in an item"),
    pytest.param("其中，漯河GDP预期目标为7%以上，平顶山、南阳等地市为6.5%左右，郑州、开封等5市为6%左右。\n",
                 {"date": "2025-01-20", "title": "河南多地GDP目标", "region": "河南省"},
                 [("7%以上", "gdp_growth", "target", "2025"), ("6.5%左右", "gdp_growth", "target", "2025"),
                  ("6%左右", "gdp_growth", "target", "2025")],
                 id="…等地市, 等5市 (the second review's case)"),
    pytest.param("城镇、农村居民可支配收入分别为47984元、22224元，增长5%、10%。\n",
                 {"date": "2025-01-20", "title": "政府工作报告", "region": "来安县"},
                 [("47984元", "urban_income_per_capita", "actual", "2024"),
                  ("22224元", "rural_income_per_capita", "actual", "2024"),
                  ("5%", "urban_income_per_capita_growth", "actual", "2024"),
                  ("10%", "rural_income_per_capita_growth", "actual", "2024")],
                 id="changes after a list of levels named by a shared noun (城镇、农村居民…): each its level's growth"),
    pytest.param("截至9月末，本外币存款余额312.5万亿元，同比增长7.1%；人民币贷款余额256.2万亿元，增长7.2%。\n",
                 {"date": "2025-10-15", "title": "金融数据", "region": "北京市"},
                 [("312.5万亿元", None, "actual", "2025-09"), ("7.1%", None, "actual", "2025-09"),
                  ("256.2万亿元", None, "actual", "2025-09"), ("7.2%", None, "actual", "2025-09")],
                 id="a month's end opening a sentence holds in its clauses after a semicolon (balances at that moment)"),
    pytest.param("到2035年人均国内生产总值比2020年翻一番。\n",
                 {"date": "2026-03-06", "title": "十五五规划纲要草案公布", "region": None},
                 [("翻一番", None, "plan", "2021-2035")],
                 id="a doubling since a base year is over the years to its goal, not the base's value"),
]

# Read from the blind sets after the session's end.
_CASES_OF_THE_THIRTY_FIRST_SESSION_BLIND_SETS_READ = [
    pytest.param("初步预计，全区地区生产总值635亿元，完成年计划710亿元的89.4%（主要是二产、三产未达预期目标），增长2.0%。\n",
                 {"date": "2023-01-10", "title": "荔城区2022年计划执行情况", "region": "莆田市"},
                 [("635亿元", "gdp", "actual", "2022"), ("710亿元", "gdp", "target", "2022"), ("89.4%", None, "actual", "2022"),
                  ("2.0%", "gdp_growth", "actual", "2022")],
                 id="the year's plan (完成年计划710亿元的89.4%) is the level's goal; its growth past that aside and a note in "
                    "brackets"),
]


# The review of the session's diff: each misfire it showed, kept as a case.
_CASES_OF_THE_THIRTY_FIRST_SESSION_REVIEW = [
    pytest.param("指标名称\n2024年目标\n2024年完成\n地区生产总值\n增长6%\n增长5.2%\n出口\n增长5%\n增长8.1%\n",
                 {"date": "2025-01-20", "title": "2024年国民经济和社会发展计划执行情况", "region": "湖州市"},
                 [("6%", "gdp_growth", "target", "2024"), ("5.2%", "gdp_growth", "actual", "2024"),
                  ("5%", "exports_growth", "target", "2024"), ("8.1%", "exports_growth", "actual", "2024")],
                 id="a table: a short row name after a full row names the next row (出口)"),
    pytest.param("項目\n預期目標\n實際完成\n備註\n本地生產總值\n增長2.5%\n增長2.5%\n消費物價指數\n2%\n1.7%\n",
                 {"date": "2025-01-20", "title": "施政報告執行情況", "region": "香港"},
                 [("2.5%", "gdp_growth", "target", "2024"), ("2.5%", "gdp_growth", "actual", "2024"),
                  ("2%", "cpi", "target", "2024"), ("1.7%", "cpi", "actual", "2024")],
                 id="…and where a note's column stands next, which such a paste leaves empty"),
    pytest.param("指标名称\n预期目标\n实际完成\n地区生产总值\n比上年增长6%\n5.4%\n固定资产投资\n比上年增长8%\n-3.1%\n",
                 {"date": "2025-01-20", "title": "湖州市2024年国民经济和社会发展计划执行情况", "region": "湖州市"},
                 [("6%", "gdp_growth", "target", "2024"), ("5.4%", "gdp_growth", "actual", "2024"),
                  ("8%", "fixed_asset_investment_growth", "target", "2024"),
                  ("-3.1%", "fixed_asset_investment_growth", "actual", "2024")],
                 id="…a cell with words before its figure (比上年增长6%); a bare percent of a level's row is its growth"),
    pytest.param("序号\n指标名称\n预期目标\n实际完成\n1\n地区生产总值增速\n6%左右\n5.6%\n2\n居民人均可支配收入增速\n"
                 "与经济增长同步\n5.8%\n",
                 {"date": "2025-01-20", "title": "2024年国民经济和社会发展计划执行情况", "region": "湖州市"},
                 [("6%左右", "gdp_growth", "target", "2024"), ("5.6%", "gdp_growth", "actual", "2024"),
                  ("5.8%", "disposable_income_per_capita_growth", "actual", "2024")],
                 id="…serial numbers' cells, and a goal in words (与经济增长同步) is a cell, not a row"),
    pytest.param("代表们认为，全省地区生产总值增长5.6%，城镇新增就业72万人，成绩来之不易。\n",
                 {"date": "2025-01-22", "title": "聚焦今年政府工作报告", "region": "湖南省"},
                 [("5.6%", "gdp_growth", "actual", "2024"), ("72万人", "urban_new_jobs", "actual", "2024")],
                 id="a title ending with the report's name, not set apart, names no part of it"),
    pytest.param("地区生产总值6%\n城镇新增就业45万人以上\n",
                 {"date": "2024-01-28", "title": "四川省2024年主要目标和重点任务——政府工作报告", "region": "四川省"},
                 [("6%", "gdp_growth", "target", "2024"), ("45万人以上", "urban_new_jobs", "target", "2024")],
                 id="…while a part set apart by a dash before it is the page's part"),
    pytest.param("指标\n绝对值\n增速\n全省排名\n地区生产总值\n4100亿元\n5.2%\n第3位\n规上工业增加值\n1200亿元\n8.1%\n第2位\n",
                 {"date": "2025-01-25", "title": "2024年湖州市经济运行情况", "region": "湖州市"},
                 [("4100亿元", None, "actual", "2024"), ("5.2%", "gdp_growth", "actual", "2024"),
                  ("1200亿元", None, "actual", "2024"), ("8.1%", "industrial_value_added_growth", "actual", "2024")],
                 id="a table: a rank's cell in words (第3位) is no row; a rank's column (全省排名) is a column"),
    pytest.param("指标名称\n预期目标\n实际完成\n新增地方政府专项债券\n120亿元\n城镇化率\n66%\n66.5%\n",
                 {"date": "2025-01-20", "title": "2024年国民经济和社会发展计划执行情况", "region": "湖州市"},
                 [("120亿元", "special_bonds", "target", "2025"), ("66%", "urbanization_rate", "target", "2024"),
                  ("66.5%", "urbanization_rate", "actual", "2024")],
                 id="…a row that leaves a cell empty: the next row's name still names a row"),
    pytest.param("指标名称\n2024年目标\n2024年完成\n出口\n增长5%\n增长8.1%\n二、2025年主要目标\n地区生产总值增长5.5%左右\n",
                 {"date": "2025-01-20", "title": "关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告", "region": "湖州市"},
                 [("5%", "exports_growth", "target", "2024"), ("8.1%", "exports_growth", "actual", "2024"),
                  ("5.5%左右", "gdp_growth", "target", "2025")],
                 id="…and ends at a line of running text holding a figure"),
    pytest.param("2022年北京冬奥会的带动效应持续释放，全年全市冰雪旅游收入增长32%。2019年修订的《条例》施行以来，全年查处案件"
                 "同比下降15%。2023年湖州经济持续回升向好，全年地区生产总值增长4.9%。\n",
                 {"date": "2025-01-18", "title": "2024年旅游工作总结", "region": "北京市"},
                 [("32%", None, "actual", "2024"), ("15%", None, "actual", "2024"), ("4.9%", "gdp_growth", "actual", "2023")],
                 id="a year opening a sentence as an event's or a law's (2022年北京冬奥会, 2019年修订的) is no time of 全年; "
                    "one of the sentence's subject is"),
]





_CASES_OF_THE_THIRTY_SECOND_SESSION = [
    pytest.param("从经济总量看，广东前三季度实现地区生产总值10.52万亿元。江苏紧随其后，前三季度地区生产总值同样突破10万亿元，"
                 "达10.28万亿元。湖北增速为6%。\n",
                 {"date": "2025-11-07", "title": "31省区市“三季报”：经济大省挑大梁", "region": None},
                 [("10.52万亿元", "gdp", "actual", "2025-Q1..Q3"), ("突破10万亿元", None, "actual", "2025-Q1..Q3"),
                  ("10.28万亿元", "gdp", "actual", "2025-Q1..Q3"), ("6%", "gdp_growth", "actual", "2025-Q1..Q3")],
                 id="a title naming the releases of a part of the year (三季报): its outcomes are the part's; 同样 between "
                    "a phrase and its figure"),
    pytest.param("1—2月份，全市484家规上工业企业增加值同比增长8.1%，较去年同期(-1.1%)提高9.2个百分点，分别高出全国(5.9%)、"
                 "全省(6.4%)2.2个和1.7个百分点。\n",
                 {"date": "2025-03-20", "title": "2025年1-2月全市经济运行情况", "region": "南昌市"},
                 [("484家", None, "actual", "2025-01..02"), ("8.1%", "industrial_value_added_growth", "actual", "2025-01..02"),
                  ("-1.1%", "industrial_value_added_growth", "actual", "2024-01..02"),
                  ("9.2个百分点", None, "actual", "2025-01..02"),
                  ("5.9%", "industrial_value_added_growth", "actual", "2025-01..02"),
                  ("6.4%", "industrial_value_added_growth", "actual", "2025-01..02"),
                  ("2.2个", None, "actual", "2025-01..02"), ("1.7个百分点", None, "actual", "2025-01..02")],
                 id="规上工业企业增加值 with a count before it; the bases' values after a difference of the rates are the "
                    "wider regions' values of the rate"),
    pytest.param("区人大常委会审查批准了武昌区2022年财政预算调整方案，地方一般公共预算收入调整为1,289,300万元。"
                 "2022年地方一般公共预算收入完成1,289,300万元，为预算(系调整预算,下同)的100%，同比下降8.0%，"
                 "扣除增值税留抵退税因素后增长5.1%。\n",
                 {"date": "2023-01-10", "title": "关于武昌区2022年预算执行情况的报告", "region": "武汉市武昌区"},
                 [("1,289,300万元", "general_budget_revenue", "target", "2022"),
                  ("1,289,300万元", "general_budget_revenue", "actual", "2022"), ("100%", None, "actual", "2022"),
                  ("8.0%", "general_budget_revenue_growth", "actual", "2022"), ("5.1%", None, "actual", "2022")],
                 id="a budget adjusted (收入调整为) is the year's goal; a change past the share of the budget filled, a note "
                    "with a comma in brackets; a rate adjusted by taking a factor out is no value of the indicator"),
    pytest.param("初步预计，全年生产总值突破1500亿元。港口吞吐量突破3亿吨，相当于三年再造一个亿吨大港。固定资产投资增长20%。\n",
                 {"date": "2014-01-07", "title": "日照市十七届人大三次会议开幕 李同道作政府工作报告", "region": "日照市"},
                 [("突破1500亿元", "gdp", "actual", "2013"), ("突破3亿吨", "port_throughput", "actual", "2013"),
                  ("20%", "fixed_asset_investment_growth", "actual", "2013")],
                 id="how long something took (相当于三年再造…, 仅用五年) names no span of the figures after it"),
    pytest.param("城镇居民年人均可支配收入32980元，增长14.8%。农村居民年人均纯收入13400元，增长13%。\n",
                 {"date": "2013-01-20", "title": "珠海市2013年政府工作报告", "region": "珠海市"},
                 [("32980元", "urban_income_per_capita", "actual", "2012"),
                  ("14.8%", "urban_income_per_capita_growth", "actual", "2012"),
                  ("13400元", "rural_income_per_capita", "actual", "2012"),
                  ("13%", "rural_income_per_capita_growth", "actual", "2012")],
                 id="年人均: income a head in a year, the older reports' wording"),    pytest.param("北京市长在政府工作报告中提到2024年全北京市经济成长率目标为“5%左右”。\n",
                 {"date": "2024-01-21", "title": "北京市政府工作报告", "region": "北京市"},
                 [("5%左右", "gdp_growth", "target", "2024")],
                 id="a goal's value in quotes"),
    pytest.param("进出口总额(海关口径)为629.62亿元，同比增长4.7%。\n",
                 {"date": "2025-04-20", "title": "2025年一季度全市经济运行情况", "region": "南宁市"},
                 [("629.62亿元", "trade_total", "actual", "2025-Q1"), ("4.7%", "trade_total_growth", "actual", "2025-Q1")],
                 id="who counted it, in brackets between the phrase and its value (海关口径)"),
    pytest.param("包含广东广州、江苏南京、安徽合肥，在当地的人大会议上提出今年的经济成长目标，分别为“不低于5%”、“5%以上”与“6%左右”。\n",
                 {"date": "2024-01-17", "title": "多地设定经济成长目标", "region": None},
                 [("不低于5%", "gdp_growth", "target", "2024"), ("5%以上", "gdp_growth", "target", "2024"),
                  ("6%左右", "gdp_growth", "target", "2024")],
                 id="goals listed in quotes after 目标，分别为, joined by 、 and 与"),
]


# The review of the session's diff: each misfire it showed, kept as a case.
_CASES_OF_THE_THIRTY_SECOND_SESSION_REVIEW = [
    pytest.param("我们仅用三年时间，新增高新技术企业4000家。\n",
                 {"date": "2024-01-20", "title": "2024年合肥市政府工作报告", "region": "合肥市"},
                 [("三年", None, "actual", "2023"), ("4000家", None, "actual", "2021-2023")],
                 id="仅用三年时间 is the span the figures were reached in (only 相当于三年… compares)"),
    pytest.param("去年全省一般公共预算收入增长8%，今年扣除留抵退税因素后增长5.1%。\n",
                 {"date": "2025-07-20", "title": "上半年全省财政收支情况", "region": "湖南省"},
                 [("8%", "general_budget_revenue_growth", "actual", "2024"),
                  ("5.1%", "general_budget_revenue_growth", "actual", "2025-H1")],
                 id="an adjusted rate of another year than the rate before it is its year's own"),
    pytest.param("全市地区生产总值增长6.1%，高于全国1.1个百分点，比上年(5.8%)加快0.3个百分点。\n",
                 {"date": "2025-03-20", "title": "2024年全市经济运行情况", "region": "长沙市"},
                 [("6.1%", "gdp_growth", "actual", "2024"), ("1.1个百分点", None, "actual", "2024"),
                  ("5.8%", None, "actual", "2023"), ("0.3个百分点", None, "actual", "2024")],
                 id="a time's value after a difference is no wider region's value of this year (the year before's: "
                    "session 41)"),
    pytest.param("本周全市新建商品住宅成交1200套，环比增长8.5%。\n",
                 {"date": "2024-05-20", "title": "全市地产市场中报价坚挺", "region": "长沙市"},
                 [("1200套", None, "actual", "2024"), ("8.5%", None, "actual", "2024")],
                 id="中报 inside a word of a title names no half year"),
]


_CASES_OF_THE_THIRTY_THIRD_SESSION = [
    pytest.param("其中，第一产业增加值287亿元，增长2.2%；第三产业[3]增加值1311.9亿元，增长5.2%。\n",
                 {"date": "2025-03-31", "title": "2024年蚌埠市国民经济和社会发展统计公报", "region": "蚌埠市"},
                 [("287亿元", None, "actual", "2024"), ("2.2%", "primary_industry_growth", "actual", "2024"),
                  ("1311.9亿元", None, "actual", "2024"), ("5.2%", "services_value_added_growth", "actual", "2024")],
                 id="a note's mark between the words of a phrase ([3]) is read past"),
    pytest.param("城区居民消费价格总指数为99.7，比上年下降0.3%；全市居民消费价格上涨0.2%。\n",
                 {"date": "2024-03-20", "title": "2023年随州市统计公报", "region": "随州市"},
                 [("99.7", None, "actual", "2023"), ("0.3%", None, "actual", "2023"), ("0.2%", "cpi", "actual", "2023")],
                 id="the prices of the urban districts' people are a part, no cpi"),
    pytest.param("稳外贸提质增效，综合保税区通过国家验收，陆港集装箱吞吐量27.4万标箱\n进出口增长3.2%左右\n",
                 {"date": "2024-01-17", "title": "赣州市政府工作报告：2023成就", "region": "赣州市"},
                 [("27.4万标箱", "container_throughput", "actual", "2023"), ("3.2%左右", "trade_total_growth", "actual", "2023")],
                 id="a line that ends at a figure ends its clause (an unpunctuated list of outcomes)"),
    pytest.param("一季度GDP同比增长5.4%，增速高于去年一季度5.3%的增速。全部工业增加值增长6.3%，比去年全年回升0.6个百分点；"
                 "服务业增加值增长5.3%。\n",
                 {"date": "2025-04-16", "title": "一季度国民经济起步平稳", "region": None},
                 [("5.4%", "gdp_growth", "actual", "2025-Q1"), ("5.3%", "gdp_growth", "actual", "2024-Q1"),
                  ("6.3%", None, "actual", "2025-Q1"), ("0.6个百分点", None, "actual", "2025-Q1"),
                  ("5.3%", "services_value_added_growth", "actual", "2025-Q1")],
                 id="the time of a value compared with (高于去年一季度…) is no time of the sentences after; the value is the "
                    "measure's at that time (the thirty-third session)"),
    pytest.param("国家统计局新闻发言人说，10月中国这两项指标保持稳定。其中，全国城镇调查失业率5%，比上个月回落0.1个百分点。\n",
                 {"date": "2024-11-15", "title": "10月中国城镇调查失业率降至5%", "region": None},
                 [("5%", "surveyed_unemployment", "actual", "2024-10"), ("0.1个百分点", None, "actual", "2024-10")],
                 id="a month before 中国 opens its clause (not 9月中旬)"),
    pytest.param("国家统计局公布11月份经济数据。社会消费品零售总额为43898亿元，同比增长1.3%。\n",
                 {"date": "2025-12-15", "title": "内地公布三头马车数据", "region": None},
                 [("43898亿元", "retail_sales", "actual", "2025-11"), ("1.3%", "retail_sales_growth", "actual", "2025-11")],
                 id="a month of October to December named by a sentence without figures holds for the next, as 9月份 does"),
    pytest.param("经济作物播种面积4363公顷，增长0.2%。\n",
                 {"date": "2024-03-20", "title": "2023年国民经济和社会发展统计公报", "region": "东阳市"},
                 [("4363公顷", None, "actual", "2023"), ("0.2%", None, "actual", "2023")],
                 id="a change verb alone after a list item names no head (经济作物…，增长: no 经济增长)"),
    pytest.param("按户籍人口计算，全市人均生产总值103007元；按常住人口计算，全市人均生产总值93007元。\n",
                 {"date": "2025-03-20", "title": "2024年国民经济和社会发展统计公报", "region": "东阳市"},
                 [("103007元", None, "actual", "2024"), ("93007元", "gdp_per_capita", "actual", "2024")],
                 id="per registered person is another measure than per resident"),
    pytest.param("年末全国人口（包含31个省、自治区、直辖市和现役军人的人口，不包括港澳台居民）为140489万人。全国居民人均可支配收入"
                 "43377元（下同，约合6000美元），比上年名义增长5.0%。\n",
                 {"date": "2026-01-19", "title": "2025年国民经济运行情况", "region": None},
                 [("31个", None, "actual", "2025-12-31"), ("140489万人", "population", "actual", "2025-12-31"),
                  ("43377元", "disposable_income_per_capita", "actual", "2025"), ("约合6000美元", None, "actual", "2025"),
                  ("5.0%", "disposable_income_per_capita_growth", "actual", "2025")],
                 id="an aside in brackets with a clause break is read past, its figures no indicator's"),
    pytest.param("国家统计局公布包括消费在内、被称为“三驾马车”的数据，即10月份经济数据。当月社会消费品零售总额为46291亿元，同比增长2.9%。\n",
                 {"date": "2025-11-14", "title": "内地公布三驾马车数据", "region": None},
                 [("46291亿元", "retail_sales", "actual", "2025-10"), ("2.9%", "retail_sales_growth", "actual", "2025-10")],
                 id="当月 is the month the sentence before named"),
    pytest.param("内地公布经济数据，当中11月社会消费零售总额同比增长1.3%。\n",
                 {"date": "2025-12-16", "title": "内地经济数据逊预期", "region": None},
                 [("1.3%", "retail_sales_growth", "actual", "2025-11")],
                 id="a month after 当中 opens its clause; 社会消费零售总额 is the press's name of retail sales"),
    pytest.param("1—7月，全国一般公共预算收入135839亿元，同比增长0.1%，其中1—2月下降1.6%，1—3月下降1.1%。\n",
                 {"date": "2025-09-10", "title": "国务院关于今年以来预算执行情况的报告", "region": None},
                 [("135839亿元", "general_budget_revenue", "actual", "2025-01..07"),
                  ("0.1%", "general_budget_revenue_growth", "actual", "2025-01..07"),
                  ("1.6%", "general_budget_revenue_growth", "actual", "2025-01..02"),
                  ("1.1%", "general_budget_revenue_growth", "actual", "2025-Q1")],
                 id="clauses of a part of the year and a change only go on with the measure before"),
    pytest.param("上半年，我国城镇调查失业率平均值为5.1%，尤其是二季度以来，失业率稳定在5.0%。\n",
                 {"date": "2024-07-15", "title": "上半年国民经济运行情况", "region": None},
                 [("5.1%", "surveyed_unemployment", "actual", "2024-H1"), ("5.0%", "surveyed_unemployment", "actual", "2024-Q2")],
                 id="a phrase's end alone names it again in a later clause (失业率)"),
    pytest.param("生产者物价指数（PPI）与2024年相比下降2.6%。\n",
                 {"date": "2026-01-19", "title": "中国2025年经济数据", "region": None},
                 [("2.6%", "ppi", "actual", "2025")], id="生产者物价指数 is the PPI; 与2024年相比 a base on the way"),
    pytest.param("《报告》共分三个部分：\n一、2019年工作回顾；\n二、奋力做好2020年工作；\n三、提升政府治理能力和水平。\n"
                 "《报告》指出，2019年是关键一年。\n初步统计，全市地区生产总值预计完成4725亿元，增长7.5%。\n",
                 {"date": "2020-01-04", "title": "市人代会开幕 市长作政府工作报告", "region": "漳州市"},
                 [("4725亿元", "gdp", "actual", "2019"), ("7.5%", "gdp_growth", "actual", "2019")],
                 id="the year after who tells a paragraph (《报告》指出，2019年…) opens it, over a list of the report's parts"),
    pytest.param("过去一年，全市经济发展迈出坚实步伐。地区生产总值增长7.7%，规模工业增加值增长8%，为近五年最好水平；城乡居民人均可支配"
                 "收入分别增长8.1%和10.4%。\n",
                 {"date": "2020-01-06", "title": "市人代会隆重开幕 市长作政府工作报告", "region": "张家界市"},
                 [("7.7%", "gdp_growth", "actual", "2019"), ("8%", "industrial_value_added_growth", "actual", "2019"),
                  ("8.1%", "urban_income_per_capita_growth", "actual", "2019"),
                  ("10.4%", "rural_income_per_capita_growth", "actual", "2019")],
                 id="the reach of a record (为近五年最好水平) is no span of the clauses after it"),
    pytest.param("人均地区生产总值19763元，按2018年平均汇率计算为2865美元。\n",
                 {"date": "2020", "title": "2019年洪洞县国民经济和社会发展统计公报", "region": "洪洞县"},
                 [("19763元", "gdp_per_capita", "actual", "2019"), ("2865美元", None, "actual", "2019")],
                 id="the year of an exchange rate is no time of the value converted"),
    pytest.param("年内新增城镇就业人员6156人，安置城镇下岗失业人员2391人。\n",
                 {"date": "2021-07-07", "title": "荆门市东宝区2020年国民经济和社会发展统计公报", "region": "东宝区"},
                 [("6156人", "urban_new_jobs", "actual", "2020"), ("2391人", None, "actual", "2020")],
                 id="年内 in the communiqué of a year gone by tells that year's outcomes"),
    pytest.param("主要预期目标是地区生产总值增长7.5%以上，数字经济增长20%以上。PM2.5年均浓度低于47μg/m3。\n",
                 {"date": "2019-01-20", "title": "2019年芙蓉区政府工作报告", "region": "芙蓉区"},
                 [("7.5%以上", "gdp_growth", "target", "2019"), ("20%以上", None, "target", "2019"),
                  ("低于47μg/m3", "pm25", "target", "2019")],
                 id="数字经济 is a part of the economy; μg/m3 is 微克/立方米"),
    pytest.param("一季度，阜新经济增长5.1%，高于全省0.2个百分点。\n",
                 {"date": "2024-04-20", "title": "阜新一季度经济运行", "region": "阜新市"},
                 [("5.1%", "gdp_growth", "actual", "2024-Q1"), ("0.2个百分点", None, "actual", "2024-Q1")],
                 id="a place ending in 新 before 经济增长 is no 新经济 (the review's case)"),
    pytest.param("2024年，全区经济社会发展的主要预期目标是：\n地区生产总值增长7%左右。\n\n一年来，全区地区生产总值增长6.8%。\n",
                 {"date": "2023-12-30", "title": "区人大会议开幕", "region": "鄂城区"},
                 [("7%左右", "gdp_growth", "target", "2024"), ("6.8%", "gdp_growth", "actual", "2023")],
                 id="in December, outcomes after the coming year's goals are still this year's (the review's case)"),
    pytest.param("年末常住人口城镇化率为70.1%，按户籍人口计算的城镇化率为48.5%，全体居民人均可支配收入56000元。\n",
                 {"date": "2025-03-20", "title": "2024年义乌市国民经济和社会发展统计公报", "region": "义乌市"},
                 [("70.1%", "urbanization_rate", "actual", "2024-12-31"), ("48.5%", None, "actual", "2024-12-31"),
                  ("56000元", "disposable_income_per_capita", "actual", "2024")],
                 id="按户籍人口 holds in its own clause only (the review's case)"),
    pytest.param("2025年南昌市一般公共预算收入(537.8亿元)同比增长2.2%；宁德市这一收入(约272亿元)同比增长7%。\n",
                 {"date": "2026-01-30", "title": "多地披露2025年全年财政收支情况", "region": None},
                 [("537.8亿元", "general_budget_revenue", "actual", "2025"),
                  ("2.2%", "general_budget_revenue_growth", "actual", "2025"),
                  ("约272亿元", "general_budget_revenue", "actual", "2025"),
                  ("7%", "general_budget_revenue_growth", "actual", "2025")],
                 id="这一收入 names the revenue of the clause before; a value in brackets may carry 约"),
    pytest.param("12月19日，区十届人大二次会议开幕。\n2023年，全区经济社会发展主要预期目标是：锚定“十四五”期间的目标，努力争取最好的"
                 "结果。\n力争固定资产投资增幅16%以上，财政总收入达到20亿元。\n",
                 {"date": "2022-12-19", "title": "鄂城区十届人大二次会议开幕", "region": "鄂城区"},
                 [("16%以上", "fixed_asset_investment_growth", "target", "2023"), ("20亿元", "fiscal_revenue", "target", "2023")],
                 id="in December, a paragraph opening with the coming year holds for the goals after it"),
    pytest.param("“GDP增长5.5%左右，固定资产投资增长6%左右……”2025年赣州经济社会发展的主要预期目标已确定。\n",
                 {"date": "2025", "title": "赣州市两会闭幕", "region": "赣州市"},
                 [("5.5%左右", "gdp_growth", "target", "2025"), ("6%左右", "fixed_asset_investment_growth", "target", "2025")],
                 id="goals quoted before the clause that names them (…”…主要预期目标已确定)"),
    pytest.param("全年京津冀地区生产总值104442亿元，比上年增长5.1%；长江经济带地区生产总值584274亿元，增长5.5%。全年国内生产总值"
                 "1260582亿元，比上年增长5.2%。\n",
                 {"date": "2024-02-29", "title": "2023年国民经济和社会发展统计公报", "region": None},
                 [("104442亿元", None, "actual", "2023"), ("5.1%", None, "actual", "2023"),
                  ("584274亿元", None, "actual", "2023"), ("5.5%", None, "actual", "2023"),
                  ("1260582亿元", "gdp", "actual", "2023"), ("5.2%", "gdp_growth", "actual", "2023")],
                 id="an area of several places (京津冀, 经济带, 经济圈) has no region's indicator, the country's none either"),
    pytest.param("省长作政府工作报告。\n报告分为两大部分\n一、2023年工作回顾\n二、2024年目标任务和主要工作\n回顾2023\n"
                 "全省生产总值增长5.5%，一般公共预算收入增长5.7%。\n",
                 {"date": "2024", "title": "河北省政府工作报告要点速读(2024年)", "region": "河北省"},
                 [("5.5%", "gdp_growth", "actual", "2023"), ("5.7%", "general_budget_revenue_growth", "actual", "2023")],
                 id="numbered headings one right after another list the report's parts and head nothing"),
    pytest.param("全省183个县(市、区)中，经济总量超 100 亿元的128 个；全省经济总量达6.4万亿元。\n",
                 {"date": "2024-03-20", "title": "2023年四川经济发展概况", "region": "四川省"},
                 [("183个", None, "actual", "2023"), ("超 100 亿元", None, "actual", "2023"), ("128 个", None, "actual", "2023"),
                  ("6.4万亿元", "gdp", "actual", "2023")],
                 id="a class's threshold with its count right after 的 (超100亿元的128个) is no value of the indicator"),
    pytest.param("过去一年，排水防涝整治工程全面完工，87个老旧小区改造完成。\n",
                 {"date": "2023-01-10", "title": "2023年马鞍山市政府工作报告", "region": "马鞍山市"},
                 [("87个", "old_residential_renovation", "actual", "2022")],
                 id="a count of estates before 老旧小区改造 (the renovation after the noun)"),
    pytest.param("长江经济带沿线重要节点城市宜昌市地区生产总值突破6000亿元。\n",
                 {"date": "2025-01-20", "title": "2025年宜昌市政府工作报告", "region": "宜昌市"},
                 [("突破6000亿元", "gdp", "actual", "2024")],
                 id="a place named after an area (…经济带沿线…宜昌市地区生产总值) is the figure's own (the second review)"),
    pytest.param("2026年是“十五五”开局之年。\n全市地区生产总值增长5%左右，一般公共预算收入增长3%。\n",
                 {"date": "2025-12-20", "title": "全市经济工作会议召开", "region": "苏州市"},
                 [("5%左右", "gdp_growth", "target", "2026"), ("3%", "general_budget_revenue_growth", "target", "2026")],
                 id="in December, the coming year opening a paragraph holds for the goals after it, named as goals or not"),
    pytest.param("一、2024年工作回顾\n全省地区生产总值增长5.8%。\n二、2025年工作安排\n三、2025年主要目标\n地区生产总值增长5%左右。\n",
                 {"date": "2025-01-20", "title": "2025年江苏省政府工作报告", "region": "江苏省"},
                 [("5.8%", "gdp_growth", "actual", "2024"), ("5%左右", "gdp_growth", "target", "2025")],
                 id="an empty section after one with text is no list of contents (the second review)"),
    pytest.param("初步核算，全年完成地区生产总值295.4亿元，按可比价格计算，比上年增长7.7%。\n2022年全区生产总值及其增长速度\n",
                 {"date": "2023", "title": "潘集区社会发展", "region": "潘集区"},
                 [("295.4亿元", "gdp", "actual", "2022"), ("7.7%", "gdp_growth", "actual", "2022")],
                 id="a communiqué dated by its year alone: its table's caption names the year of its figures"),
    pytest.param("今年是“十四五”规划开局之年，各地市今年的目标、任务和工作重点相继出炉。\n广州\n●地区生产总值增长6%以上\n"
                 "●固定资产投资增长8%\n",
                 {"date": "2021-03-25", "title": "主要预期目标 大湾区九市 今年这样干", "region": None},
                 [("6%以上", "gdp_growth", "target", "2021"), ("8%", "fixed_asset_investment_growth", "target", "2021")],
                 id="a page titled as goals heads every part of it (not …目标完成情况: a review)"),
    pytest.param("报告指出，今后五年，要推动经济实力大幅增强。\n具体到2022年，实现地区生产总值增长13%以上；固定资产投资增长20%。\n",
                 {"date": "2021-11-20", "title": "黄州区政府工作报告:加快推进“五城”建设", "region": "黄州区"},
                 [("13%以上", "gdp_growth", "target", "2022"), ("20%", "fixed_asset_investment_growth", "target", "2022")],
                 id="in a report delivered late in its year, the coming year after 到 is the year's goals, no plan's"),
]

_CASES_OF_THE_THIRTY_FOURTH_SESSION = [
    pytest.param("物价方面，9月份居民消费价格在连续3个月持平后转涨，同比上涨0.4%。\n",
                 {"date": "2024-10-20", "title": "前三季度全市经济运行情况", "region": "赣州市"},
                 [("3个月", None, "actual", "2024-09"), ("0.4%", "cpi", "actual", "2024-09")],
                 id="an adverbial between a phrase and its verb (在…后), a figure inside it too, is read past"),
    pytest.param("全年地区生产总值经国家统计局统一核算后为2510亿元，增长6.1%；居民消费价格受鲜菜价格回落影响下降0.2%。\n",
                 {"date": "2024-03-20", "title": "2023年国民经济和社会发展统计公报", "region": "赣州市"},
                 [("2510亿元", "gdp", "actual", "2023"), ("6.1%", "gdp_growth", "actual", "2023"),
                  ("0.2%", "cpi", "actual", "2023")],
                 id="…so are 经…后 and 受…影响"),
    pytest.param("全市地区生产总值根据第五次经济普查结果修订为3120亿元，增长5.2%。\n",
                 {"date": "2025-03-20", "title": "2024年国民经济和社会发展统计公报", "region": "赣州市"},
                 [("3120亿元", "gdp", "actual", "2024"), ("5.2%", "gdp_growth", "actual", "2024")],
                 id="…and 根据…结果"),
    pytest.param("2024年，九江市一般公共预算收入完成260亿元，同比增长2.1%；上饶市这一收入(约 231 亿元)同比增长1.5%；"
                 "抚州市这一收入(约 150 亿元)同比增长1%。吉安市这一收入(约 180 亿元)同比增长0.8%。\n",
                 {"date": "2025-02-10", "title": "江西各市财政收入比拼", "region": None},
                 [("260亿元", "general_budget_revenue", "actual", "2024"),
                  ("2.1%", "general_budget_revenue_growth", "actual", "2024"),
                  ("约 231 亿元", "general_budget_revenue", "actual", "2024"),
                  ("1.5%", "general_budget_revenue_growth", "actual", "2024"),
                  ("约 150 亿元", "general_budget_revenue", "actual", "2024"),
                  ("1%", "general_budget_revenue_growth", "actual", "2024"),
                  ("约 180 亿元", "general_budget_revenue", "actual", "2024"),
                  ("0.8%", "general_budget_revenue_growth", "actual", "2024")],
                 id="这一收入 points back past the paragraph's sentences that hold no phrase, whatever their ends"),
    pytest.param("全年实际到账外资2.3亿美元，外资实际到位增长8%；社会消费品零售128.6亿元，增长5.6%。\n",
                 {"date": "2024-01-15", "title": "2024年政府工作报告", "region": "赣州市"},
                 [("2.3亿美元", "foreign_investment_used", "actual", "2023"),
                  ("8%", "foreign_investment_used_growth", "actual", "2023"),
                  ("128.6亿元", "retail_sales", "actual", "2023"), ("5.6%", "retail_sales_growth", "actual", "2023")],
                 id="foreign capital arrived (实际到账, 实际到位) is used, and 社会消费品零售 names retail sales"),
    pytest.param("“十四五”前四年，全市地区生产总值由1210亿元增加到1580亿元，年均增长6.2%。\n",
                 {"date": "2025-11-20", "title": "十四五规划实施情况新闻发布会", "region": "赣州市"},
                 [("1210亿元", "gdp", "actual", "2020"), ("1580亿元", "gdp", "actual", "2024"),
                  ("6.2%", "gdp_growth", "actual", "2021-2024")],
                 id="a plan's first years (“十四五”前四年) are a span of their own, a level reached their last"),
    pytest.param("“十四五”以来，全市地区生产总值先后跨越600亿元、700亿元，2024年达到768.5亿元。\n",
                 {"date": "2025-10-20", "title": "十四五成就新闻发布会", "region": "赣州市"},
                 [("600亿元", None, "actual", "2025"), ("700亿元", None, "actual", "2025"), ("768.5亿元", "gdp", "actual", "2024")],
                 id="milestones passed one after another (先后跨越A、B) are no values, the level reached after them is"),
    pytest.param("全省地区生产总值超过5万亿元，2024年达到5.3万亿元。\n",
                 {"date": "2025-10-20", "title": "十四五成就新闻发布会", "region": "江西省"},
                 [("超过5万亿元", None, "actual", "2025"), ("5.3万亿元", "gdp", "actual", "2024")],
                 id="…nor a threshold passed before a value reached in a year (超过…，2024年达到…)"),
    pytest.param("规上高新技术企业达到1200家，规模以上固定资产投资增长8.2%，限额以上商贸经营主体总数达2.3万家。\n",
                 {"date": "2025-01-10", "title": "2025年政府工作报告", "region": "赣州市"},
                 [("1200家", None, "actual", "2024"), ("8.2%", "fixed_asset_investment_growth", "actual", "2024"),
                  ("2.3万家", None, "actual", "2024")],
                 id="units above a size (规上, 限额以上) are a part; 规模以上固定资产投资 is the bureau's whole"),
    pytest.param("一、关于2025年预算执行情况\n（一）一般公共预算。全市收入320.5亿元，为预算的101.2%，增长3.1%；支出610.8亿元，为预算的95.3%。"
                 "市级收入80.2亿元，增长2%；支出150.6亿元。\n（二）政府性基金预算。全市收入120亿元。\n",
                 {"date": "2026-02-10", "title": "关于赣州市2025年预算执行情况和2026年预算草案的审查结果报告", "region": "赣州市"},
                 [("320.5亿元", "general_budget_revenue", "actual", "2025"), ("101.2%", None, "actual", "2025"),
                  ("3.1%", "general_budget_revenue_growth", "actual", "2025"),
                  ("610.8亿元", "general_budget_expenditure", "actual", "2025"), ("95.3%", None, "actual", "2025"),
                  ("80.2亿元", None, "actual", "2025"), ("2%", None, "actual", "2025"), ("150.6亿元", None, "actual", "2025"),
                  ("120亿元", None, "actual", "2025")],
                 id="a paragraph's topic (（一）一般公共预算。) and a bare head (全市收入, 支出) name the phrase together; not a part's"),
    pytest.param("锚定“十五五”，全市生产总值预期目标增长5.5%以上。\n",
                 {"date": "2026-01-20", "title": "2026年政府工作报告", "region": "赣州市"},
                 [("5.5%以上", "gdp_growth", "target", "2026")],
                 id="the plan a year's goals are aimed at (锚定“十五五”) gives them no plan's time"),
    pytest.param("2025年，全省一般公共预算收入1.39万亿元，连续35年稳居全国首位，同比增长3%。\n",
                 {"date": "2026-01-28", "title": "关于2025年预算执行情况的报告", "region": "广东省"},
                 [("1.39万亿元", "general_budget_revenue", "actual", "2025"), ("35年", None, "actual", "2025"),
                  ("3%", "general_budget_revenue_growth", "actual", "2025")],
                 id="a run's rank told on the way (连续35年稳居全国首位) keeps the level and its growth together"),
    pytest.param("全年地区生产总值增长5.6%，增速低于上年全国5.8%的增速。\n",
                 {"date": "2025-03-20", "title": "2024年国民经济和社会发展统计公报", "region": "赣州市"},
                 [("5.6%", "gdp_growth", "actual", "2024"), ("5.8%", "gdp_growth", "actual", "2023")],
                 id="the rate compared with (低于上年全国5.8%的增速) is the measure's at the time it names"),
    pytest.param("国家统计局新闻发言人表示，5.2%的经济增速比上年加快2.2个百分点。\n",
                 {"date": "2024-01-17", "title": "国家统计局新闻发布会", "region": None},
                 [("5.2%", "gdp_growth", "actual", "2023"), ("2.2个百分点", None, "actual", "2023")],
                 id="a rate before the growth it is (5.2%的经济增速)"),
    pytest.param("2023年全社会研究与试验发展（R&D）经费投入达到33278.2亿元。\n",
                 {"date": "2024-10-02", "title": "2023年全国科技经费投入统计公报", "region": None},
                 [("33278.2亿元", "rd_expenditure", "actual", "2023")],
                 id="an abbreviation in brackets inside a phrase (研究与试验发展（R&D）经费) is read past"),
]

_CASES_OF_THE_THIRTY_FOURTH_SESSION_REVIEW = [
    pytest.param("全年全市一般公共预算收入完成300亿元。土地出让收入持续下滑，全年仅完成80亿元。这一收入比上年下降20%。\n",
                 {"date": "2025-01-20", "title": "2024年全市财政收支情况", "region": "赣州市"},
                 [("300亿元", "general_budget_revenue", "actual", "2024"), ("80亿元", None, "actual", "2024"),
                  ("20%", None, "actual", "2024")],
                 id="这一收入 points back to the sentence before's subject, not past it to a phrase further back"),
    pytest.param("锚定“十五五”目标，全市生产总值年均增长5.5%以上。\n",
                 {"date": "2026-01-20", "title": "2026年政府工作报告", "region": "赣州市"},
                 [("5.5%以上", "gdp_growth", "plan", "2026-2030")],
                 id="a plan aimed at keeps its time where no year's goal word (预期目标) follows"),
    pytest.param("一、关于2025年预算执行情况\n（一）一般公共预算。全市收入320.5亿元，加上上级补助收入等，收入总计650亿元。"
                 "市本级收入80亿元。支出150亿元。\n",
                 {"date": "2026-02-10", "title": "关于赣州市2025年预算执行情况和2026年预算草案的报告", "region": "赣州市"},
                 [("320.5亿元", "general_budget_revenue", "actual", "2025"), ("650亿元", None, "actual", "2025"),
                  ("80亿元", None, "actual", "2025"), ("150亿元", None, "actual", "2025")],
                 id="a topic's total with transfers, and heads after a part of the region in the paragraph, name no phrase"),
    pytest.param("2023年、2024年全市地区生产总值分别超过4000亿元、4500亿元。\n",
                 {"date": "2025-01-10", "title": "2025年政府工作报告", "region": "赣州市"},
                 [("超过4000亿元", "gdp", "actual", "2023"), ("4500亿元", "gdp", "actual", "2024")],
                 id="bounds given each year (分别超过A、B) are no milestones passed"),
    pytest.param("全年地区生产总值增长5.6%，高于全国5.0%的增长水平。\n",
                 {"date": "2025-03-20", "title": "2024年国民经济和社会发展统计公报", "region": "赣州市"},
                 [("5.6%", "gdp_growth", "actual", "2024"), ("5.0%", None, "actual", "2024")],
                 id="a rate compared with as a level (的增长水平) takes no indicator"),
    pytest.param("李强指出，要巩固拓展经济回升向好势头，前三季度地区生产总值同比增长5.2%。\n",
                 {"date": "2025-11-20", "title": "市委经济工作会议召开", "region": "赣州市"},
                 [("5.2%", "gdp_growth", "actual", "2025-Q1..Q3")],
                 id="a speech's 指出，要 sets no goal of the results it tells"),
    pytest.param("（一）一般公共预算。全省收入5853.9亿元，增长3%，其中省级收入1018亿元。全省支出13697.6亿元，增长5%。\n",
                 {"date": "2026-01-28", "title": "关于2025年预算执行情况的报告", "region": "江西省"},
                 [("5853.9亿元", "general_budget_revenue", "actual", "2025"),
                  ("3%", "general_budget_revenue_growth", "actual", "2025"), ("1018亿元", None, "actual", "2025"),
                  ("13697.6亿元", "general_budget_expenditure", "actual", "2025"), ("5%", None, "actual", "2025")],
                 id="a bare head after its own scope word (全省支出) names the topic's phrase after a part named before"),
    pytest.param("南昌市一般公共预算收入500亿元，非税收入表现亮眼。这一收入同比增长7%。\n",
                 {"date": "2026-01-20", "title": "各地财政收入", "region": None},
                 [("500亿元", "general_budget_revenue", "actual", "2025"), ("7%", None, "actual", "2025")],
                 id="这一收入 after a nearer 收入 of no catalogue phrase is that one's"),
    pytest.param("“十三五”成绩单\n一般公共预算收入增长47.6%\n城乡居民人均可支配收入年均分别增7.1%和7.9%\n昨天的报告亮出了成绩单。\n",
                 {"date": "2021-01-20", "title": "2021乘势开启新征程", "region": "苏州市"},
                 [("47.6%", "general_budget_revenue_growth", "actual", "2016-2020"),
                  ("7.1%", "urban_income_per_capita_growth", "actual", "2016-2020"),
                  ("7.9%", "rural_income_per_capita_growth", "actual", "2016-2020")],
                 id="lines stating figures one after another under a heading are its items, the first a deck too"),
    pytest.param("从前两月经济运行情况来看，国家统计局新闻发言人表示，为经济增长5%的目标开了好头。\n",
                 {"date": "2025-03-17", "title": "前两月国民经济运行情况", "region": None},
                 [("5%", "gdp_growth", "target", "2025")],
                 id="a goal named after its figure is the year's, not the part a clause before names"),
    pytest.param("纵向比较，5.2%的经济增速比上年加快2.2个百分点，也快于疫情三年4.5%的平均增速。横向比较，我国经济增速明显快于"
                 "美国2.5%、日本1.9%的经济增速。\n",
                 {"date": "2024-01-17", "title": "国家统计局新闻发布会", "region": None},
                 [("5.2%", "gdp_growth", "actual", "2023"), ("2.2个百分点", None, "actual", "2023"),
                  ("4.5%", None, "actual", "2021-2023"), ("2.5%", None, "actual", "2023"), ("1.9%", None, "actual", "2023")],
                 id="the years outpaced (快于疫情三年…) are no time of the sentences after; a foreign economy's rate no indicator"),
    pytest.param("一季度，全区规上工业增加值增长12%，提前完成一季度“开门红”目标，其中制造业增长13%，实现了12%的目标。\n",
                 {"date": "2024-06-20", "title": "一季度经济运行情况", "region": "赣州市"},
                 [("12%", "industrial_value_added_growth", "actual", "2024-Q1"), ("13%", None, "actual", "2024-Q1"),
                  ("12%", None, "target", "2024-Q1")],
                 id="a part's goal named in a clause before keeps the part (fourth review)"),
]


_CASES_OF_THE_THIRTY_FIFTH_SESSION = [
    pytest.param("据国家卫生健康委介绍，2024年我国居民的期望寿命达到79岁。健康预期寿命为68.7岁。\n",
                 {"date": "2025-03-01", "title": "我国居民健康水平持续提高", "region": None},
                 [("79岁", "life_expectancy", "actual", "2024"), ("68.7岁", None, "actual", "2024")],
                 id="期望寿命 is life expectancy; healthy life expectancy is another measure"),
    pytest.param("2024年国内出游人次56.15亿，国内游客出游总花费5.75万亿元。\n",
                 {"date": "2025-02-10", "title": "2024年国内旅游数据情况", "region": None},
                 [("56.15亿", "tourist_visits", "actual", "2024"), ("5.75万亿元", "tourism_revenue", "actual", "2024")],
                 id="the country's trips at home and their spending are its tourist visits and revenue"),
    pytest.param("年末全国参加基本养老保险人数为106643万人。\n",
                 {"date": "2025-06-10", "title": "2024年度人力资源和社会保障事业发展统计公报", "region": None},
                 [("106643万人", "basic_pension_insured", "actual", "2024-12-31")],
                 id="参加基本养老保险人数 names the insured"),
    pytest.param("国家统计局新闻发言人表示，2024年全年5.1%的城镇调查失业率平均水平处于较低水平。\n",
                 {"date": "2025-01-17", "title": "国民经济运行情况", "region": None},
                 [("5.1%", "surveyed_unemployment", "actual", "2024")],
                 id="a rate before the unemployment rate it is"),
    pytest.param("2025年1月20日国家统计局发布数据，2024全年城镇新增就业1256万人，超额完成1200万人的全年预期目标任务。\n",
                 {"date": "2025-01-20", "title": "就业形势总体稳定", "region": None},
                 [("1256万人", "urban_new_jobs", "actual", "2024"), ("1200万人", "urban_new_jobs", "target", "2024")],
                 id="a year written without 年 before 全年; the year's goal done is its goal's value"),
    pytest.param("全年新登记经营主体较多，经营主体净增60万户、突破1200万户。\n",
                 {"date": "2025-01-15", "title": "政府工作报告", "region": "四川省"},
                 [("60万户", None, "actual", "2024"), ("突破1200万户", "business_entities", "actual", "2024")],
                 id="the stock an addition took past a mark is a level, the stock's value"),
    pytest.param("截至2024年末，全省公路里程为21万公里，其中高速公路里程为9000公里。全年新改建公路3000公里，其中高速公路400公里。\n",
                 {"date": "2025-05-20", "title": "2024年交通运输行业发展统计公报", "region": "湖南省"},
                 [("21万公里", None, "actual", "2024-12-31"), ("9000公里", "expressway_mileage", "actual", "2024-12-31"),
                  ("3000公里", None, "actual", "2024"), ("400公里", None, "actual", "2024")],
                 id="其中 names a part of a stock, a stock of its own; of what was built, none"),
    pytest.param("2020年全省人均预期寿命达到77.6岁，2024年进一步提高到79.2岁。\n",
                 {"date": "2025-03-01", "title": "健康湖南建设成效", "region": "湖南省"},
                 [("77.6岁", "life_expectancy", "actual", "2020"), ("79.2岁", "life_expectancy", "actual", "2024")],
                 id="another year's clause with no subject of its own continues the measure before"),
    pytest.param("某市去年GDP预计超过1.4万亿元，今年预期目标增长5%以上\n2026年全市经济社会发展主要预期目标是：地区生产总值增长5%以上；"
                 "一般公共预算收入增长3%；城镇新增就业15万人以上。\n",
                 {"date": "2026-01-19", "title": "某市去年GDP预计超过1.4万亿元，今年预期目标增长5%以上", "region": "济南市"},
                 [("超过1.4万亿元", "gdp", "actual", "2025"), ("5%以上", "gdp_growth", "target", "2026"),
                  ("5%以上", "gdp_growth", "target", "2026"), ("3%", "general_budget_revenue_growth", "target", "2026"),
                  ("15万人以上", "urban_new_jobs", "target", "2026")],
                 id="a headline naming two years heads its text with neither"),
    pytest.param("今年主要预期目标是：地区生产总值增长5%以上；年末城镇登记失业率控制在3.5%以内。2025年，全市地区生产总值超过1.4万亿元。\n",
                 {"date": "2026-01-19", "title": "政府工作报告", "region": "济南市"},
                 [("5%以上", "gdp_growth", "target", "2026"), ("3.5%以内", "registered_unemployment", "target", "2026"),
                  ("超过1.4万亿元", "gdp", "actual", "2025")],
                 id="a clause of a list of goals with its own 年末 is a goal; a year gone by told after the list is no item"),
    pytest.param("一、奋力谱写新篇章\n“十五五”时期是我省高质量发展的关键阶段。\n（一）现实基础\n“十四五”时期是极不平凡的五年。\n"
                 "经济实力实现重大跃升，地区生产总值突破9万亿元，研发投入强度达3.3%左右。\n",
                 {"date": "2026-02-10", "title": "某省国民经济和社会发展第十五个五年规划纲要", "region": "浙江省"},
                 [("突破9万亿元", "gdp", "actual", "2025"), ("3.3%左右", "rd_intensity", "actual", "2025")],
                 id="a plan outline's 现实基础 reviews the plan before, none of the plan ahead its part names"),
    pytest.param("市发改委发布2026年政府工作重点，设定GDP增长5%、规上生产性服务业营收增长7%、未来产业规模达1450亿元的预期目标。\n",
                 {"date": "2026-03-11", "title": "2026年政府工作重点", "region": "无锡市"},
                 [("5%", "gdp_growth", "target", "2026"), ("7%", None, "target", "2026"), ("1450亿元", None, "target", "2026")],
                 id="every item of a long list before 的预期目标 is a goal"),
    pytest.param("2025年是“十四五”收官之年、“十五五”谋划之年。全市地区生产总值4573.1亿元、同比增长2.7%；外贸总额增长3.4%。\n",
                 {"date": "2026", "title": "珠海市政府工作报告（2026年）", "region": "珠海市"},
                 [("4573.1亿元", "gdp", "actual", "2025"), ("2.7%", "gdp_growth", "actual", "2025"),
                  ("3.4%", "trade_total_growth", "actual", "2025")],
                 id="the plan drawn up in a year (谋划之年) is no time of what follows; 外贸总额 is trade"),
    pytest.param("2026年梅州市政府工作报告(全文)\n这一年，我们交出了一份实实在在的答卷。全年地区生产总值1583.23亿元，增长5.8%；"
                 "规上工业增加值增长8.6%。\n",
                 {"date": "2026-02-11", "title": "2026年梅州市政府工作报告（全文）", "region": "梅州市"},
                 [("1583.23亿元", "gdp", "actual", "2025"), ("5.8%", "gdp_growth", "actual", "2025"),
                  ("8.6%", "industrial_value_added_growth", "actual", "2025")],
                 id="a work report's title on the page's first line heads no year: the report's year is not the reviewed"),
    pytest.param("数说“十四五”\n●国家高新技术企业数从2282家增至4735家\n◆接待国内游客1.8亿人次，接待游客2亿人次。\n",
                 {"date": "2026-01-23", "title": "数说厦门“十四五”", "region": "厦门市"},
                 [("2282家", "high_tech_enterprises", "actual", "2020"), ("4735家", "high_tech_enterprises", "actual", "2025"),
                  ("1.8亿人次", None, "actual", "2025"), ("2亿人次", "tourist_visits", "actual", "2025")],
                 id="国家高新技术企业数 names the stock; domestic visitors are a part of the visitors"),
    pytest.param("主要预期目标：规模以上工业增加值、固定资产投资、社会消费品零售总额、商品进出口总值分别增长5%，地方一般公共预算收入增长2%。\n",
                 {"date": "2026-01-20", "title": "政府工作报告", "region": "广州市"},
                 [("5%", None, "target", "2026"), ("2%", "general_budget_revenue_growth", "target", "2026")],
                 id="one figure after 分别 for several things listed is no thing's alone"),
    pytest.param("2024 年德阳市地区生产总值 (GDP)3265.4亿元，按不变价格计算，比 上年增长7.2%。\n",
                 {"date": "2025-03-20", "title": "德阳市2024年国民经济和社会发展统计公报", "region": "德阳市"},
                 [("3265.4亿元", "gdp", "actual", "2024"), ("7.2%", "gdp_growth", "actual", "2024")],
                 id="上年 after 比 and a PDF's space is the base, no time of the figure"),
    pytest.param("“十四五”以来，全市地区生产总值4年平均增速达6.4%。\n",
                 {"date": "2025-10-16", "title": "新闻发布会", "region": "遵义市"},
                 [("6.4%", "gdp_growth", "actual", "2021-2024")],
                 id="N年平均增速: the rate over the N years gone by, not the plan's whole span"),
]


_CASES_OF_THE_THIRTY_FIFTH_SESSION_REVIEW = [
    pytest.param("第三篇 “十五五”时期经济社会发展的主要目标\n第八章 夯实农业发展基础\n粮食产量稳定在550亿斤以上。\n",
                 {"date": "2026-02-10", "title": "湖北省十五五规划纲要", "region": "湖北省"},
                 [("550亿斤以上", "grain_output", "plan", "2026-2030")],
                 id="a task heading holding 发展基础 under a plan's goals is no review of the plan before"),
    pytest.param("二、“十五五”时期主要目标任务\n（二）在科技自立自强上取得新突破\n高新技术企业达到4万家。\n",
                 {"date": "2026-01-20", "title": "2026年政府工作报告", "region": "湖北省"},
                 [("4万家", "high_tech_enterprises", "plan", "2030")],
                 id="…nor one holding 取得 (only a heading that is 现实基础/发展基础 alone)"),
    pytest.param("全省累计认定高新技术企业2.8万家。城镇居民国内出游人次43.7亿；农村居民国内出游总花费1.05万亿元。全省女性预期寿命达到82岁。\n",
                 {"date": "2025-03-01", "title": "统计公报", "region": "湖北省"},
                 [("2.8万家", "high_tech_enterprises", "actual", "2024"), ("43.7亿", None, "actual", "2024"),
                  ("1.05万亿元", None, "actual", "2024"), ("82岁", None, "actual", "2024")],
                 id="累计认定 is the stock; residents' trips and spending and women's life expectancy are parts"),
    pytest.param("全年城镇新增就业92万人、连续五年保持在90万人以上并超额完成国家下达的目标任务。\n",
                 {"date": "2026-01-20", "title": "政府工作报告", "region": "湖北省"},
                 [("92万人", "urban_new_jobs", "actual", "2025"), ("五年", None, "actual", "2025"),
                  ("90万人以上", None, "actual", "2021-2025")],
                 id="a goal far after a list's long item is no item's"),
    pytest.param("武汉、襄阳、宜昌地区生产总值分别增长6%以上。\n",
                 {"date": "2026-01-20", "title": "政府工作报告", "region": "湖北省"},
                 [("6%以上", "gdp_growth", "actual", "2025")],
                 id="places listed before 分别 share one measure"),
    pytest.param("截至年末，全省建成投运发电装机容量6000万千瓦，其中可再生能源装机容量3000万千瓦。\n",
                 {"date": "2026-01-20", "title": "政府工作报告", "region": "湖北省"},
                 [("6000万千瓦", "power_capacity", "actual", "2025-12-31"),
                  ("3000万千瓦", "renewable_power_capacity", "actual", "2025-12-31")],
                 id="其中 after a stock built and running (建成投运) names a stock"),
]

_CASES_OF_THE_THIRTY_SIXTH_SESSION = [
    pytest.param("根据财政部数据,前 11 个月,地方一般公共预算本级收入合计为 11.2 万亿元,同比增长 2.2%。\n",
                 {"date": "2026-01-05", "title": "2025年地方财政收入", "region": "全国"},
                 [("11.2 万亿元", "general_budget_revenue", "actual", "2025-01..11"),
                  ("2.2%", "general_budget_revenue_growth", "actual", "2025-01..11")],
                 id="the period is read through a PDF's spaces (前 11 个月)"),
    pytest.param("表 1 2024 年分产业地区生产总值 指 标 比重(%) 第三产业 1469.26 7.5 71.3年末全区常住人口 154.83 万人。\n",
                 {"date": "2025-03-20", "title": "2024年国民经济和社会发展统计公报", "region": "内蒙古自治区"},
                 [("154.83 万人", "population", "actual", "2024-12-31")],
                 id="a decimal's last digit before 年末 is no year's (a flattened table's cell)"),
    pytest.param("南京、无锡GDP增速分别高达6.7%、5.9%，均显著超过了全国5.4%的平均增速水平。\n",
                 {"date": "2025-05-01", "title": "江苏城市一季度GDP", "region": "江苏省"},
                 [("6.7%", "gdp_growth", "actual", "2025-Q1"), ("5.9%", "gdp_growth", "actual", "2025-Q1"),
                  ("5.4%", "gdp_growth", "actual", "2025-Q1")],
                 id="高达 between a phrase and its figure; the rate compared with after 超过了, before 的平均增速"),
    pytest.param("全市居民人均可支配收入88048元，增长5.5%，城镇居民和农村居民分别为97170元和54407元，城镇和农村居民分别增长5.1%和6.3%。\n",
                 {"date": "2025-03-01", "title": "2024年经济运行情况", "region": "浙江省义乌市"},
                 [("88048元", "disposable_income_per_capita", "actual", "2024"),
                  ("5.5%", "disposable_income_per_capita_growth", "actual", "2024"),
                  ("97170元", "urban_income_per_capita", "actual", "2024"),
                  ("54407元", "rural_income_per_capita", "actual", "2024"),
                  ("5.1%", "urban_income_per_capita_growth", "actual", "2024"),
                  ("6.3%", "rural_income_per_capita_growth", "actual", "2024")],
                 id="things listed with no head take the head of the phrase before them (城镇居民和农村居民分别为)"),
    pytest.param("\n\n".join(["一、2025年国民经济和社会发展计划执行情况", "  2025年，全市经济社会发展稳中有进，完成了市人大确定的"
                            "目标任务（见表一）。", "  表一  2025年主要目标完成情况", "指标名称", "属性", "全年目标", "全年完成",
                            "全市生产总值", "预期性", "增长5%左右", "增长5.4%", "地方一般公共预算收入", "预期性", "增长2%",
                            "增长1.5%", "单位建设用地生产总值", "预期性", "提高5%左右", "提高5%"]) + "\n",
                 {"date": "2026-02-12", "title": "关于上海市2025年计划执行情况与2026年计划草案的报告", "region": "上海市"},
                 [("5%左右", "gdp_growth", "target", "2025"), ("5.4%", "gdp_growth", "actual", "2025"),
                  ("2%", "general_budget_revenue_growth", "target", "2025"),
                  ("1.5%", "general_budget_revenue_growth", "actual", "2025"), ("5%左右", None, "target", "2025"),
                  ("5%", None, "actual", "2025")],
                 id="a table's 属性 column: its cells (预期性) are no rows; output per land (单位建设用地生产总值) is no GDP"),
    pytest.param("殷勇表示，2025北京全市地区生产总值5.2万亿元，增长5.4%。城镇调查失业率平均值是4.1%。国民总收入51.8万亿元，增长5.1%。\n",
                 {"date": "2026-01-25", "title": "北京市长殷勇作政府工作报告", "region": "北京市"},
                 [("5.2万亿元", "gdp", "actual", "2025"), ("5.4%", "gdp_growth", "actual", "2025"),
                  ("4.1%", "surveyed_unemployment", "actual", "2025"), ("51.8万亿元", "gnp", "actual", "2025"),
                  ("5.1%", "gnp_growth", "actual", "2025")],
                 id="a year without 年 before a place and 全市; 平均值是; 国民总收入 is the national total (gnp)"),
    pytest.param("全年社零突破1.6万亿元，增长4.5%。\n", {"date": "2026-01-28", "title": "重庆市政府工作报告", "region": "重庆市"},
                 [("突破1.6万亿元", "retail_sales", "actual", "2025"), ("4.5%", "retail_sales_growth", "actual", "2025")],
                 id="社零 alone is retail sales' short name"),
    pytest.param("\n\n".join(["一、2025年国民经济和社会发展计划执行情况", "  2025年，全市经济社会发展稳中有进，完成了目标任务（见表一）。",
                            "  表一  2025年主要目标完成情况", "指标名称", "单位", "属性", "全年目标", "全年完成", "地区生产总值", "亿元",
                            "预期性", "增长5%左右", "增长5.4%", "一般公共预算收入", "亿元", "预期性", "增长2%", "增长1.5%"]) + "\n",
                 {"date": "2026-02-12", "title": "关于2025年计划执行情况与2026年计划草案的报告", "region": "杭州市"},
                 [("5%左右", "gdp_growth", "target", "2025"), ("5.4%", "gdp_growth", "actual", "2025"),
                  ("2%", "general_budget_revenue_growth", "target", "2025"),
                  ("1.5%", "general_budget_revenue_growth", "actual", "2025")],
                 id="a table with both 单位 and 属性 columns: the unit's cell first, then the aside's (review)"),
    pytest.param("1 — 10 月 全市 固定资产投资 同比 增长 3.2 %。全年出口增速 3.5\n12月当月出口增长 8.1%。\n",
                 {"date": "2026-01-20", "title": "经济运行情况", "region": "杭州市"},
                 [("3.2 %", "fixed_asset_investment_growth", "actual", "2025-01..10"), ("8.1%", None, "actual", "2025-12")],
                 id="a PDF's spaces around a dash between months; a line break between two digits (review)"),
    pytest.param("居民人均可支配收入中位数为60000元，城镇居民和农村居民分别为70000元和40000元。全体居民人均可支配收入比上年增加3000元，"
                 "城镇居民和农村居民分别为3200元和2300元。全年货物进出口总额6000亿美元，折合人民币4.2万亿元。\n",
                 {"date": "2025-03-01", "title": "2024年国民经济和社会发展统计公报", "region": "浙江省"},
                 [("60000元", None, "actual", "2024"), ("70000元", None, "actual", "2024"), ("40000元", None, "actual", "2024"),
                  ("3000元", None, "actual", "2024"), ("3200元", None, "actual", "2024"), ("2300元", None, "actual", "2024"),
                  ("6000亿美元", None, "actual", "2024"), ("人民币4.2万亿元", "trade_total", "actual", "2024")],
                 id="a head names no list whose form it does not govern; the value in the catalogue's unit stays (review)"),
]

_CASES_OF_THE_THIRTY_SEVENTH_SESSION = [
    pytest.param("分季來看，去年第一、二、三、四季，大陸GDP分別增長5.4%、5.2%、4.8%、4.5%。\n",
                 {"date": "2026-01-19", "title": "大陸去年GDP年增5%", "region": None},
                 [("5.4%", "gdp_growth", "actual", "2025-Q1"), ("5.2%", "gdp_growth", "actual", "2025-Q2"),
                  ("4.8%", "gdp_growth", "actual", "2025-Q3"), ("4.5%", "gdp_growth", "actual", "2025-Q4")],
                 id="quarters listed with the word written once (第一、二、三、四季), then 分别: each figure its quarter"),
    pytest.param("2024年一、二季度全市地区生产总值分别增长5.1%和6.2%。\n",
                 {"date": "2025-03-01", "title": "经济运行情况", "region": "苏州市"},
                 [("5.1%", "gdp_growth", "actual", "2024-Q1"), ("6.2%", "gdp_growth", "actual", "2024-Q2")],
                 id="…a year written before the list is each quarter's"),
    pytest.param("市发改委在报告中提到，预计全市实现生产总值1.2万亿元，按可比价格计算增长13.3%。报告建议：2008年全市生产总值增长10%左右。\n",
                 {"date": "2008", "title": "上海市2007年计划执行情况与2008年计划草案的报告", "region": "上海市"},
                 [("1.2万亿元", "gdp", "actual", "2007"), ("13.3%", "gdp_growth", "actual", "2007"),
                  ("10%左右", "gdp_growth", "target", "2008")],
                 id="a report titled with the year before and dated by its year alone: delivered early in it"),
    pytest.param("规模以上工业增加值、高新技术产品产值、地方财政一般预算收入和全口径财政收入跃上新台阶，分别为4050亿元、10176亿元、"
                 "1106.8亿元和3507亿元，增长8.8%、10.8%、16.8%和15.8%。\n",
                 {"date": "2011-01-16", "title": "2011年深圳市政府工作报告", "region": "深圳市"},
                 [("4050亿元", None, "actual", "2010"), ("10176亿元", None, "actual", "2010"),
                  ("1106.8亿元", "general_budget_revenue", "actual", "2010"), ("3507亿元", "fiscal_revenue", "actual", "2010"),
                  ("8.8%", "industrial_value_added_growth", "actual", "2010"), ("10.8%", None, "actual", "2010"),
                  ("16.8%", "general_budget_revenue_growth", "actual", "2010"), ("15.8%", "fiscal_revenue_growth", "actual", "2010")],
                 id="things listed in the clause before one opening with 分别 are its figures' in order; their changes follow"),
    pytest.param("建议2011年全省主要预期目标为：研究与试验发展经费支出占生产总值比重1.9%左右；居民消费价格上涨幅度控制在4%左右；"
                 "万元生产总值综合能耗下降3.2%。\n",
                 {"date": "2011-01-16", "title": "浙江省2011年国民经济和社会发展主要预期目标", "region": "浙江省"},
                 [("1.9%左右", "rd_intensity", "target", "2011"), ("4%左右", "cpi", "target", "2011"),
                  ("3.2%", "energy_intensity", "target", "2011")],
                 id="a phrase with its share of GDP after it names the share (R&D intensity); 上涨幅度; 万元生产总值综合能耗"),
    pytest.param("2007年全社会研究与发展经费支出相当于全市生产总值的比例达到2.6%，财政总收入按可比口径增长15.2%。\n",
                 {"date": "2008-01-28", "title": "上海市2008年计划草案的报告", "region": "上海市"},
                 [("2.6%", "rd_intensity", "actual", "2007"), ("15.2%", "fiscal_revenue_growth", "actual", "2007")],
                 id="…相当于…的比例, R&D by its older name (研究与发展); 按可比口径 between a phrase and its rate"),
    pytest.param("2010年，全市实现生产总值1826亿元，三大产业增加值分别增长3.2%、15.7%、11%。其中出口、进口总值分别为225.1亿元和86.1亿元，"
                 "分别增长26.9%和27.9%。\n",
                 {"date": "2011-02-20", "title": "中山市2010年计划执行情况与2011年计划草案的报告", "region": "中山市"},
                 [("1826亿元", "gdp", "actual", "2010"), ("3.2%", "primary_industry_growth", "actual", "2010"),
                  ("15.7%", "secondary_industry_growth", "actual", "2010"),
                  ("11%", "services_value_added_growth", "actual", "2010"), ("225.1亿元", "exports", "actual", "2010"),
                  ("86.1亿元", None, "actual", "2010"), ("26.9%", "exports_growth", "actual", "2010"),
                  ("27.9%", None, "actual", "2010")],
                 id="三大产业 are the three industries; a listed thing's change after 分别 takes its level's family"),
    pytest.param("2008年，上海市生产总值预计比上年增长10%；地方财政收入达到2382亿元，比上年增长13.3%。\n",
                 {"date": "2009-01-13", "title": "上海2009年生产总值增长预期目标为9%", "region": "上海市"},
                 [("10%", "gdp_growth", "actual", "2008"), ("2382亿元", "general_budget_revenue", "actual", "2008"),
                  ("13.3%", "general_budget_revenue_growth", "actual", "2008")],
                 id="a year opening a sentence holds for its clauses after a semicolon on a page titled with goals"),
    pytest.param("全省人均生产总值达到13539元(按年末汇率折合1983美元)，比上年增长11.4%。\n",
                 {"date": "2010-03-23", "title": "2009年云南省国民经济和社会发展统计公报", "region": "云南省"},
                 [("13539元", "gdp_per_capita", "actual", "2009"), ("1983美元", None, "actual", "2009"),
                  ("11.4%", None, "actual", "2009")],
                 id="a value told again in dollars at an exchange rate (按年末汇率折合) is no second value, nor of its year's end"),
    pytest.param("今年主要预期目标是：城镇和乡村居民人均可支配收入分别增长6.5%、8%，一产业增加值增长4%。2022年末城区常住人口61.55万人。\n",
                 {"date": "2023-01-10", "title": "2023年政府工作报告", "region": "绵阳市"},
                 [("6.5%", "urban_income_per_capita_growth", "target", "2023"),
                  ("8%", "rural_income_per_capita_growth", "target", "2023"),
                  ("4%", "primary_industry_growth", "target", "2023"), ("61.55万人", None, "actual", "2022-12-31")],
                 id="乡村居民 are the rural residents; 一产业 the primary industry; 城区常住人口 a part of the population"),
    pytest.param("更好解决群众住房问题。启动新的三年棚改攻坚计划，今年开工580万套。\n",
                 {"date": "2018", "title": "政府工作报告", "region": "全国"},
                 [("580万套", None, "target", "2018")],
                 id="a new span of years (新的三年) is ahead, no span reviewed"),
    pytest.param("人均生产总值10825元，比上年增长13.0%，按当年年末汇率折算为1358美元。全市去年实现国内生产总值881·2亿元，比上年增长13·06%。\n",
                 {"date": "2004-02-01", "title": "2004年政府工作报告", "region": "金华市"},
                 [("10825元", "gdp_per_capita", "actual", "2003"), ("13.0%", None, "actual", "2003"),
                  ("1358美元", None, "actual", "2003"), ("881·2亿元", "gdp", "actual", "2003"),
                  ("13·06%", "gdp_growth", "actual", "2003")],
                 id="a conversion past the value's change; · as a 2000 paper's point"),
    pytest.param("力争实际利用外资7亿美元，增长40%（去年实际利用外资5亿美元，增长25.3%）。\n",
                 {"date": "2004-02-01", "title": "2004年政府工作报告", "region": "金华市"},
                 [("7亿美元", "foreign_investment_used", "target", "2004"),
                  ("40%", "foreign_investment_used_growth", "target", "2004"),
                  ("5亿美元", "foreign_investment_used", "actual", "2003"),
                  ("25.3%", "foreign_investment_used_growth", "actual", "2003")],
                 id="an aside of its own year beside a goal is read, not dropped as a note"),
    pytest.param("(点击查阅更多2006年地方政府工作报告)\n过去的五年，是我省阔步前进的五年。财政总收入由2000年的171.7亿元增加到425.7亿元，年均增长19.9%。\n",
                 {"date": "2006-02-08", "title": "2006年福建省政府工作报告", "region": "福建省"},
                 [("171.7亿元", "fiscal_revenue", "actual", "2000"), ("425.7亿元", "fiscal_revenue", "actual", "2005"),
                  ("19.9%", "fiscal_revenue_growth", "actual", "2001-2005")],
                 id="a page's link naming a work report in brackets heads no year"),
    pytest.param("一、2006年工作回顾\n过去的一年，是我市实施“十一五”规划的第一年。一年来，市五届人大二次会议确定的各项目标任务基本完成，“十一五”发展开局良好。"
                 "全市实现生产总值1228.6亿元，比上年增长13.3%；全社会固定资产投资505亿元，增长4%。\n",
                 {"date": "2007", "title": "金华市长作政府工作报告", "region": "金华市"},
                 [("1228.6亿元", "gdp", "actual", "2006"), ("13.3%", "gdp_growth", "actual", "2006"),
                  ("505亿元", "fixed_asset_investment", "actual", "2006"),
                  ("4%", "fixed_asset_investment_growth", "actual", "2006")],
                 id="a plan's start that went well (“十一五”发展开局良好) names no plan ahead"),
    pytest.param("2016年城镇居民人均可支配收入由1978年的301元增加到32975元，农牧民人均可支配收入由1978年的131元增加到11609元。"
                 "全年地区生产总值【1】6150.1亿元。\n",
                 {"date": "2017-08-07", "title": "去年内蒙古GDP1.86万亿元", "region": "内蒙古自治区"},
                 [("301元", "urban_income_per_capita", "actual", "1978"), ("32975元", "urban_income_per_capita", "actual", "2016"),
                  ("131元", "rural_income_per_capita", "actual", "1978"), ("11609元", "rural_income_per_capita", "actual", "2016"),
                  ("6150.1亿元", "gdp", "actual", "2017")],
                 id="a year opening a sentence is a value reached from an earlier one's; 【1】 a footnote's mark"),
    pytest.param("1978年改革开放以来，全省地区生产总值由1978年的46.6亿元增加到14806亿元。\n",
                 {"date": "2019-10-01", "title": "新中国成立70周年", "region": "浙江省"},
                 [("46.6亿元", "gdp", "actual", "1978"), ("14806亿元", "gdp", "actual", "2019")],
                 id="…not a year a span opens with (以来) (second review)"),
    pytest.param("2008年，上海市生产总值增长9.7%；地方财政收入达到2382亿元，完成预算目标的105%；规模以上工业增加值增长8.2%。\n",
                 {"date": "2009-01-13", "title": "二、2009年主要目标", "region": "上海市"},
                 [("9.7%", "gdp_growth", "actual", "2008"), ("2382亿元", "general_budget_revenue", "actual", "2008"),
                  ("105%", None, "actual", "2008"), ("8.2%", "industrial_value_added_growth", "actual", "2008")],
                 id="goal words inside names (规模以上, 预算目标) leave the carried year (second review)"),
    pytest.param("今年实际利用外资增长10%（2024年实际利用外资15亿美元，增长8.3%）。\n",
                 {"date": "2025-06-01", "title": "上半年经济", "region": "浙江省"},
                 [("10%", "foreign_investment_used_growth", "actual", "2025-H1"),
                  ("15亿美元", "foreign_investment_used", "actual", "2024"),
                  ("8.3%", "foreign_investment_used_growth", "actual", "2024")],
                 id="an aside opening with a year and holding a figure is read (second review)"),
    pytest.param("过去四年，全县生产总值由2007年的90.3亿元跃升到145.1亿元，年均增长13.3%。\n",
                 {"date": "2012-02-01", "title": "2012年政府工作报告", "region": "嵩县"},
                 [("90.3亿元", "gdp", "actual", "2007"), ("145.1亿元", "gdp", "actual", "2011"),
                  ("13.3%", "gdp_growth", "actual", "2008-2011")],
                 id="跃升到 reaches a value from an earlier year's"),
]


_ANHUI_CITIES = {"date": "2025-01-25", "title": "2024年各市经济运行情况", "region": "安徽省"}
_CASES_OF_THE_THIRTY_EIGHTH_SESSION = [
    pytest.param("从经济增速看，全省16个市中有9个市增速高于全省。其中，宿州以7.2%的增速领跑全省；黄山增速为3.1%。\n", _ANHUI_CITIES,
                 [("16个", None, "actual", "2024"), ("9个", None, "actual", "2024"),
                  ("7.2%", "gdp_growth", "actual", "2024"), ("3.1%", "gdp_growth", "actual", "2024")],
                 id="a frame (从经济增速看) names the measure of a place's bare rate in its paragraph"),
    pytest.param("從經濟總量看，合肥繼續領跑。合肥以12673.8億元位居全省第一，蕪湖以5081億元位列第二。\n", _ANHUI_CITIES,
                 [("12673.8億元", "gdp", "actual", "2024"), ("5081億元", "gdp", "actual", "2024")],
                 id="…of a place's value ranked (以…位居), the frame in a sentence before (traditional script)"),
    pytest.param("宿州以7.2%的增速领跑全省，黄山增速为3.1%。\n", _ANHUI_CITIES,
                 [("7.2%", None, "actual", "2024"), ("3.1%", None, "actual", "2024")],
                 id="…without a frame, a place's bare rate names no measure"),
    pytest.param("从工业投资看，宿州以17.2%的增速领跑全省，黄山增速为3.1%。\n", _ANHUI_CITIES,
                 [("17.2%", None, "actual", "2024"), ("3.1%", None, "actual", "2024")],
                 id="…nor under a frame of a measure the catalogue does not have"),
    pytest.param("从经济增速看，各省份上半年成绩单出炉。分地区看，山西增速领先，同比增长6.2%。陕西同比增长5.9%，湖南、江西分别同比"
                 "增长5.6%、5.1%。吉林、辽宁同比增速均为4.7%。\n",
                 {"date": "2025-07-30", "title": "各地上半年经济数据出炉", "region": None},
                 [("6.2%", "gdp_growth", "actual", "2025-H1"), ("5.9%", "gdp_growth", "actual", "2025-H1"),
                  ("5.6%", "gdp_growth", "actual", "2025-H1"), ("5.1%", "gdp_growth", "actual", "2025-H1"),
                  ("4.7%", None, "actual", "2025-H1")],
                 id="…its clause, or the clause before (山西增速领先，同比增长6.2%), every clause before a place's; places listed "
                    "before 分别 each theirs, with 均 the value of neither"),
    pytest.param("各省份上半年成绩单出炉。山西增速领先，同比增长6.2%。陕西同比增长5.9%。\n",
                 {"date": "2025-07-30", "title": "各地上半年经济数据出炉 经济增长好于预期", "region": None},
                 [("6.2%", None, "actual", "2025-H1"), ("5.9%", None, "actual", "2025-H1")],
                 id="…not a headline's measure: a topic a line of the page names may stand between"),
    pytest.param("从经济增速看，湖北增速为5.8%。湖北投资增长6%，江苏下降2%。\n", {"date": "2025-02-01", "region": None},
                 [("5.8%", "gdp_growth", "actual", "2024"), ("6%", None, "actual", "2024"), ("2%", None, "actual", "2024")],
                 id="…nor a place's clause after one naming its own measure (湖北投资增长6%，江苏下降2%)"),
    pytest.param("报告指出，本届政府任期以来的四年，全县发展明显加快。一般公共预算收入达到6.1亿元，年均增长12.4%。\n",
                 {"date": "2016-01-20", "title": "某县第十六届人民代表大会第五次会议开幕", "region": "五河县"},
                 [("四年", None, "actual", "2015"), ("6.1亿元", "general_budget_revenue", "actual", "2015"),
                  ("12.4%", "general_budget_revenue_growth", "actual", "2012-2015")],
                 id="四年 (…以来的四年) names the span ending the year before, as 五年 does"),
    pytest.param("全年财政总收入增长18.2%，已是第四年保持两位数增长。其中，第一产业增加值增长4.1%。\n",
                 {"date": "2010-03-01", "title": "2009年国民经济和社会发展统计公报", "region": "江西省"},
                 [("18.2%", "fiscal_revenue_growth", "actual", "2009"), ("4.1%", "primary_industry_growth", "actual", "2009")],
                 id="…not after 第 (an ordinal) or 连续 (a run)"),
    pytest.param("“十三五”前四年，全市地区生产总值由1800亿元增加到2400亿元，年均增长7.6%。\n",
                 {"date": "2020-11-20", "title": "“十三五”发展成就新闻发布会", "region": "包头市"},
                 [("1800亿元", "gdp", "actual", "2015"), ("2400亿元", "gdp", "actual", "2019"),
                  ("7.6%", "gdp_growth", "actual", "2016-2019")],
                 id="…nor after a plan's name and 前 (its first years)"),
    pytest.param("2018年前老旧小区改造全面完成。城镇新增就业5.2万人。\n",
                 {"date": "2024-01-20", "title": "2024年包头市政府工作报告", "region": "包头市"},
                 [("5.2万人", "urban_new_jobs", "actual", "2023")],
                 id="a year with 前 after it (2018年前) is a time before it, none of the sentences after"),
    pytest.param("在回顾2009年工作时，他表示全县生产总值增长11%。展望2010年发展目标，他说，要正视困难；要积极推进，确保生产总值"
                 "增长12%。\n",
                 {"date": "2010-02-09", "title": "县长谈2009年发展与2010年目标", "region": "嵩县"},
                 [("11%", "gdp_growth", "actual", "2009"), ("12%", "gdp_growth", "target", "2010")],
                 id="a title's years joined by 与 are both its (与2009年相比 is a base)"),
    pytest.param("报告提到，2022年，全省开展招商引资大会；外向型经济较快发展，预计货物进出口总额突破2000亿元，增长30%。\n",
                 {"date": "2023-01-13", "title": "海南省政府工作报告：2023年预期目标增长9.5%左右", "region": "海南省"},
                 [("突破2000亿元", "trade_total", "actual", "2022"), ("30%", "trade_total_growth", "actual", "2022")],
                 id="a year opening a sentence after who tells it (报告提到，2022年) holds past a semicolon on a goals page"),
    pytest.param("2020年，全区规模以上工业增加值由1-10月份下降1.5%转为全年增长0.4%。\n",
                 {"date": "2021-01-27", "title": "2021年宁夏回族自治区政府工作报告", "region": "宁夏回族自治区"},
                 [("1.5%", "industrial_value_added_growth", "actual", "2020-01..10"),
                  ("0.4%", "industrial_value_added_growth", "actual", "2020")],
                 id="months of the year between a phrase and its figure (由1-10月份下降)"),
    pytest.param("全年13个城市空气质量平均优良天数为300天，比例为82.2%。\n",
                 {"date": "2022-02-01", "title": "2021年环境状况公报", "region": "江苏省"},
                 [("13个", None, "actual", "2021"), ("300天", None, "actual", "2021"),
                  ("82.2%", "good_air_days", "actual", "2021")],
                 id="an item's head (比例) completed by the item before, past a count of what it is of (13个城市…)"),
    pytest.param("高速公路通车里程达到4000公里，城市轨道交通运营线路增至10条、运营里程超过400公里。\n",
                 {"date": "2026-01-25", "title": "2026年政府工作报告", "region": "重庆市"},
                 [("4000公里", "expressway_mileage", "actual", "2025"), ("10条", None, "actual", "2025"),
                  ("超过400公里", None, "actual", "2025")],
                 id="…not by the sentence's opening phrase when the item is listed in a clause with a subject of its own"),
    pytest.param("市长表示，到“十四五”末，全市地区生产总值要达到500亿元，一产业年均增速保持在3%以上、增加值总量达到80亿元。\n",
                 {"date": "2021-01-20", "title": "某市为新的五年定下目标", "region": "万源市"},
                 [("500亿元", "gdp", "plan", "2025"), ("3%以上", "primary_industry_growth", "plan", "2021-2025"),
                  ("80亿元", None, "plan", "2025")],
                 id="a rate per year toward a plan's last year ahead is over the plan's years (a level listed after it is "
                    "of the last year)"),
    pytest.param("首页 > 专题专栏 > 2020年两会 > 解读报告\n一年来，我市经济社会保持平稳健康发展。\n全市地区生产总值257.02亿元，"
                 "增长5.2%。\n",
                 {"date": "2020-05-14", "title": "2020年文昌市政府工作报告解读（一）", "region": "文昌市"},
                 [("257.02亿元", "gdp", "actual", "2019"), ("5.2%", "gdp_growth", "actual", "2019")],
                 id="a web page's crumbs (首页 > …) are no heading and name no time of the text"),
    pytest.param("社会消费品零售总额52.37亿\n元，增长8.1%。\n",
                 {"date": "2020-01-10", "title": "2020年德庆县政府工作报告", "region": "德庆县"},
                 [("52.37亿\n元", "retail_sales", "actual", "2019"), ("8.1%", "retail_sales_growth", "actual", "2019")],
                 id="a unit wrapped to the next line after 万/亿 is read with its number, the text after it too"),
    pytest.param("全年接待游客总数412.5万人次，高新技术企业总数达到136家。\n",
                 {"date": "2021-02-01", "title": "2021年政府工作报告", "region": "文昌市"},
                 [("412.5万人次", "tourist_visits", "actual", "2020"), ("136家", "high_tech_enterprises", "actual", "2020")],
                 id="总数 between a phrase and its figure (接待游客总数)"),
    pytest.param("快捷导航\n\n体育网\n\n体育网- 体育网官方网站- APP 指定平台2026年梅州市政府工作报告(全文)\n2026-02-11 18:11:34\n\n"
                 "  体育网,体育网官网,体育网APP,体育网APP下载,体育网下载,体育网网页版\n\n体育网- 体育网官方网站- 体育网APP 指定平台"
                 "2026年梅州市政府工作报告(全文)\n\n  这一年，我们全力以赴稳增长、促改革、惠民生。全年地区生产总值1583.23亿元，增长"
                 "5.8%，增速居全省第一；规上工业增加值增长8.6%，增速居全省第二。\n",
                 {"date": "2026-02-11", "title": "2026年梅州市政府工作报告（全文）", "region": "梅州市"},
                 [("1583.23亿元", "gdp", "actual", "2025"), ("5.8%", "gdp_growth", "actual", "2025"),
                  ("8.6%", "industrial_value_added_growth", "actual", "2025")],
                 id="a line holding a copy of the title (page furniture around it) names no time of the text after it"),
    pytest.param("1至2月份，全国规模以上工业增加值同比增长6.8%，高于市场预期增长5.0%。经济学家此前预测的均值为5.2%。\n",
                 {"date": "2024-03-18", "title": "1-2月国民经济运行情况", "region": None},
                 [("6.8%", "industrial_value_added_growth", "actual", "2024-01..02"), ("5.0%", None, None, "2024-01..02"),
                  ("5.2%", None, None, "2024-01..02")],
                 id="what the market or economists expected (高于市场预期增长5.0%) is neither an outcome nor a goal"),
    # the review of the session's diff: guards
    pytest.param("物价方面，北京同比上涨0.1%，上海上涨0.2%。上海房价领涨，同比上涨5%。消费市场持续回暖，湖北增长6.1%。\n",
                 {"date": "2025-02-01", "title": "各地经济年报出炉 经济增长好于预期", "region": None},
                 [("0.1%", None, "actual", "2024"), ("0.2%", None, "actual", "2024"), ("5%", None, "actual", "2024"),
                  ("6.1%", None, "actual", "2024")],
                 id="…not where a topic of its own opens the sentence (物价方面, 消费市场…) or follows the place (房价领涨)"),
    pytest.param("从经济增速看，湖北增速为6%。外贸方面，广东增长5.4%，江苏增长6.8%。\n", {"date": "2025-02-01", "region": None},
                 [("6%", "gdp_growth", "actual", "2024"), ("5.4%", None, "actual", "2024"), ("6.8%", None, "actual", "2024")],
                 id="…nor past a later sentence's own topic (外贸方面) in the paragraph"),
    pytest.param("一季度，全市居民人均可支配收入同比增长6%。\n瑞安市增长6.5%，乐清市增长6.1%。\n",
                 {"date": "2024-04-20", "title": "一季度全市GDP增长5.5%", "region": "温州市"},
                 [("6%", "disposable_income_per_capita_growth", "actual", "2024-Q1"), ("6.5%", None, "actual", "2024-Q1"),
                  ("6.1%", None, "actual", "2024-Q1")],
                 id="…and no headline frames places' figures"),
    pytest.param("四年级学生近视率下降5%。企业所得税优惠延长至四年，新增减税10亿元。未来四年，地区生产总值年均增长6%以上。\n",
                 {"date": "2024-02-01", "title": "2024年政府工作报告", "region": "温州市"},
                 [("5%", None, "actual", "2023"), ("四年", None, "actual", "2023"), ("10亿元", None, "actual", "2023"),
                  ("6%以上", "gdp_growth", "plan", "2024-2027")],
                 id="未来四年 is a span ahead; 四年级, 延长至四年 name no span"),
    pytest.param("全市常住人口为350万人，增长12%。\n",
                 {"date": "2021-05-20", "title": "第七次人口普查：2020年与2010年对比", "region": "温州市"},
                 [("350万人", "population", "actual", "2020"), ("12%", None, "actual", "2020")],
                 id="与 before a year and 对比 is a base, no second year of the title"),
    pytest.param("全市地区生产总值增长6%。\n", {"date": "2025", "title": "2024年工作总结与2025年工作计划", "region": "温州市"},
                 [("6%", "gdp_growth", "actual", "2024")],
                 id="a title naming the year before and its own (与) reviews the one"),
    pytest.param("全市地区生产总值达到3500亿\n元。全市接待游客1200万\n人次，增长15%。\n",
                 {"date": "2024-02-01", "title": "2024年政府工作报告", "region": "温州市"},
                 [("3500亿\n元", "gdp", "actual", "2023"), ("1200万\n人次", "tourist_visits", "actual", "2023"),
                  ("15%", None, "actual", "2023")],
                 id="a wrapped unit ending its sentence (元。, 人次) is read with its number too"),
    pytest.param("一、关于2013年上半年工作\n预计，上半年实现地区生产总值66.9亿元，可比价增长15%；完成财政收入6.8亿元，同比增长8.3%。\n",
                 {"date": "2013-06-25", "title": "五河县政府工作报告(2013年夏季)", "region": "五河县"},
                 [("66.9亿元", "gdp", "actual", "2013-H1"), ("15%", "gdp_growth", "actual", "2013-H1"),
                  ("6.8亿元", "fiscal_revenue", "actual", "2013-H1"), ("8.3%", "fiscal_revenue_growth", "actual", "2013-H1")],
                 id="a part of the year after 预计， opens its sentence: it holds past a semicolon"),
    # the second review's guards
    pytest.param("到2025年，全市地区生产总值年均增长7%以上。\n",
                 {"date": "2023-05-01", "title": "宜昌市加快建设区域中心城市三年行动方案（2023-2025年）", "region": "宜昌市"},
                 [("7%以上", "gdp_growth", "plan", "2025")],
                 id="到2025年 alone names no five-year plan: a rate per year toward it keeps its year"),
    pytest.param("春节假期，全市接待游客500万人次，增长10%。\n",
                 {"date": "2025-02-05", "title": "2025年与2024年春节假期旅游数据", "region": "宜昌市"},
                 [("500万人次", "tourist_visits", "actual", "2025"), ("10%", None, "actual", "2025")],
                 id="a title naming its own year and then the year before (与) reviews no year"),
    pytest.param("学制四年，每年招生2000人。企业成立四年，营收增长20%。四年一遇的闰年，全市新生儿增长5%。\n",
                 {"date": "2025-03-01", "title": "新闻", "region": "宜昌市"},
                 [("2000人", None, "actual", "2024"), ("20%", None, "actual", "2024"), ("5%", None, "actual", "2024")],
                 id="学制四年, 成立四年, 四年一遇 name no span gone by"),
    pytest.param("全市地区生产总值增长5.8%，高于上年的5.5%。\n",
                 {"date": "2025-03-01", "title": "2024年统计公报", "region": "宜昌市"},
                 [("5.8%", "gdp_growth", "actual", "2024"), ("5.5%", "gdp_growth", "actual", "2023")],
                 id="an earlier time's own rate of change after 的 stays a change (its year's growth)"),
]


_CHENGDU_Q1 = {"date": "2016-04-20", "title": "一季度全市经济运行情况", "region": "成都市"}
_CASES_OF_THE_THIRTY_NINTH_SESSION = [
    pytest.param("【各项事业全面发展】 2022年，自治区人民政府推动各项事业取得新进展。全年全区地区生产总值增长4.2%，"
                 "规上工业增加值增长8.1%。\n", {"date": "2024-11-19", "title": "内蒙古年鉴2023卷", "region": "内蒙古自治区"},
                 [("4.2%", "gdp_growth", "actual", "2022"), ("8.1%", "industrial_value_added_growth", "actual", "2022")],
                 id="全年 after a sentence opening with a year gone by (an entry's heading before it) is that year"),
    pytest.param("2014年，全市经济平稳运行。全年实现地区生产总值362亿元。\n",
                 {"date": "2015-02-10", "title": "市长谈发展", "region": "宜昌市"},
                 [("362亿元", "gdp", "actual", "2014")],
                 id="…in a page of the year after"),
    pytest.param("全市规模以上（年主营业务收入2000万元及以上）工业增加值增长8%。规模以上工业（年主营业务收入2000万元以上）"
                 "增加值增长7%。规模以上(年主营业务收入2000万元以上)企业工业增加值同比增长5%。\n", _CHENGDU_Q1,
                 [("2000万元及以上", None, "actual", "2016-Q1"), ("8%", "industrial_value_added_growth", "actual", "2016-Q1"),
                  ("2000万元以上", None, "actual", "2016-Q1"), ("7%", "industrial_value_added_growth", "actual", "2016-Q1"),
                  ("2000万元以上", None, "actual", "2016-Q1"), ("5%", "industrial_value_added_growth", "actual", "2016-Q1")],
                 id="a definition in brackets inside a phrase: the phrase read across it, the figure in it none"),
    pytest.param("前三季度，社会消费品零售总额的增速为12.3%。全市固定资产投资增长10%，高于全国的增速。\n", _CHENGDU_Q1,
                 [("12.3%", "retail_sales_growth", "actual", "2015-Q1..Q3"),
                  ("10%", "fixed_asset_investment_growth", "actual", "2015-Q1..Q3")],
                 id="的增速 between a phrase and its rate"),
    pytest.param("今年以来，全市地区生产总值的增长速度一季度为10.7%，上半年为11%。规上工业增加值一季度增长6%，上半年为5.8%。"
                 "居民消费价格一季度上涨2%，上半年为300亿元。\n", {"date": "2016-10-20", "title": "经济运行", "region": "成都市"},
                 [("10.7%", "gdp_growth", "actual", "2016-Q1"), ("11%", "gdp_growth", "actual", "2016-H1"),
                  ("6%", "industrial_value_added_growth", "actual", "2016-Q1"),
                  ("5.8%", "industrial_value_added_growth", "actual", "2016-H1"), ("2%", "cpi", "actual", "2016-Q1"),
                  ("300亿元", None, "actual", "2016-H1")],
                 id="a clause of another time and its value alone (，上半年为11%) is the same measure's, in its unit only"),
    pytest.param("前三季度，全国GDP增速是6.9%，重庆则达到11%。全市规上工业增加值增长6%，企业则达到8%。\n",
                 {"date": "2015-10-20", "title": "经济运行", "region": "重庆市"},
                 [("6.9%", "gdp_growth", "actual", "2015-Q1..Q3"), ("11%", "gdp_growth", "actual", "2015-Q1..Q3"),
                  ("6%", "industrial_value_added_growth", "actual", "2015-Q1..Q3"), ("8%", None, "actual", "2015-Q1..Q3")],
                 id="…and another place's set against it (，重庆则达到11%), not a thing's (企业则)"),
    pytest.param("实现574户1201人脱贫，6个贫困村出列。全年全县3145人脱贫，其中国定标准贫困户2030人全部脱贫。13.2万脱贫人口"
                 "实现稳岗就业。城镇、牧区常住居民人均可支配收入分别达到24683元和19649元。\n",
                 {"date": "2020-01-10", "title": "政府工作报告", "region": "巴林右旗"},
                 [("574户", None, "actual", "2019"), ("1201人", "poverty_reduction", "actual", "2019"),
                  ("6个", None, "actual", "2019"), ("3145人", "poverty_reduction", "actual", "2019"),
                  ("2030人", None, "actual", "2019"), ("13.2万", None, "actual", "2019"),
                  ("24683元", "urban_income_per_capita", "actual", "2019"),
                  ("19649元", "rural_income_per_capita", "actual", "2019")],
                 id="people counted before 脱贫 were lifted out of poverty (not a part after 其中, nor 脱贫人口); 牧区 is rural"),
    pytest.param("人民网:您这次上会带来了什么建议?\n何善祥:今年我带来的议案是关于铁路提速的建议。\n人民网:请您分享一下五年来的"
                 "成效。\n何善祥:“十四五”时期，寻乌县成为发展最快的时期。\n一是综合实力迈上新台阶。全县地区生产总值年均增长7.1%，"
                 "总量从102.68亿元增至168.8亿元。\n二是产业构建新体系。财政总收入突破18亿元。\n",
                 {"date": "2026", "title": "何善祥代表:以项目促发展", "region": "寻乌县"},
                 [("7.1%", "gdp_growth", "actual", "2021-2025"), ("102.68亿元", "gdp", "actual", "2020"),
                  ("168.8亿元", "gdp", "actual", "2025"), ("突破18亿元", "fiscal_revenue", "actual", "2025")],
                 id="the paragraphs of a list (一是…, 二是…) take the time the paragraph before them opened with (after a "
                    "speaker's name)"),
    pytest.param("过去的一年，极不寻常。\n一是全力挖掘内需。累计争取中央转移支付超5300亿元。\n二是推进开放。黄河下游“十四五”"
                 "防洪工程开工。\n三是水网建设。完成投资5148亿元。\n",
                 {"date": "2026-02-03", "title": "政府工作报告", "region": "湖南省"},
                 [("超5300亿元", None, "actual", "2025"), ("5148亿元", None, "actual", "2025")],
                 id="…not a time an earlier item named on the way"),
    pytest.param("驻马店2023年GDP增速目标为7%左右，濮阳、漯河则是7%以上，商丘是7.5%左右。\n",
                 {"date": "2023-02-25", "title": "河南各市经济发展目标", "region": "河南省"},
                 [("7%左右", "gdp_growth", "target", "2023"), ("7%以上", "gdp_growth", "target", "2023"),
                  ("7.5%左右", "gdp_growth", "target", "2023")],
                 id="places' values listed after one (，濮阳、漯河则是, ，商丘是) are the same measure's"),
    pytest.param("一、2023年工作回顾\n在民生目标方面，城镇新增就业4.5万人，超额完成目标任务。全年新增就业人员4.2万人，其中城镇新增"
                 "就业人员3万人。全年蔬菜物价涨幅为5%。\n",
                 {"date": "2024-01-20", "title": "2024年政府工作报告", "region": "赣州市"},
                 [("4.5万人", "urban_new_jobs", "actual", "2023"), ("4.2万人", None, "actual", "2023"),
                  ("3万人", "urban_new_jobs", "actual", "2023"), ("5%", None, "actual", "2023")],
                 id="…not 目标方面 as a goals' frame, 新增就业人员 (all jobs) as urban, nor a part's 物价涨幅 as the CPI (review)"),
    # the review of the session's diff: guards
    pytest.param("二、2024年工作安排\n2023年，全市地区生产总值增长5.2%，低于预期。全年经济社会发展主要预期目标是：地区生产总值增长6%左右。"
                 "\n2021年，我市获批革命老区高质量发展示范区。全年将实施重点项目500个。\n",
                 {"date": "2024-01-20", "title": "2024年政府工作报告", "region": "赣州市"},
                 [("5.2%", "gdp_growth", "actual", "2023"), ("6%左右", "gdp_growth", "target", "2024"),
                  ("500个", None, "target", "2024")],
                 id="全年 after a year gone by is not that year for goals, nor under a heading of the year's work"),
    pytest.param("2022年，受疫情影响，全市经济承压。今年以来，全市经济持续恢复。全年地区生产总值预计增长5%。\n",
                 {"date": "2023-12-28", "title": "回眸2023", "region": "赣州市"},
                 [("5%", "gdp_growth", "actual", "2023")],
                 id="…nor past a sentence between naming this year"),
    pytest.param("一、2023年工作回顾\n“十三五”时期，我市经济基础较为薄弱。2023年，我们重点做了以下工作：\n一是项目建设。开工项目50个。\n"
                 "二是民生保障有力。城镇新增就业4.5万人。\n",
                 {"date": "2024-01-20", "title": "2024年政府工作报告", "region": "赣州市"},
                 [("50个", None, "actual", "2023"), ("4.5万人", "urban_new_jobs", "actual", "2023")],
                 id="a list's paragraphs take the time the sentence that announces them leaves, not the paragraph's first"),
    pytest.param("2022年，全县1.2万名脱贫人员实现务工就业，3500名脱贫学生获得助学金。2019年，全县1.3万人脱贫，其中易地搬迁户"
                 "1000户，2020年全县3600人稳定脱贫。\n",
                 {"date": "2023-03-01", "title": "脱贫攻坚纪实", "region": "于都县"},
                 [("1.2万名", None, "actual", "2022"), ("3500名", None, "actual", "2022"),
                  ("1.3万人", "poverty_reduction", "actual", "2019"), ("1000户", None, "actual", "2019"),
                  ("3600人", "poverty_reduction", "actual", "2020")],
                 id="脱贫 heading a noun (脱贫人员, 脱贫学生) counts no one lifted; a clause after 其中 with a year of its own is no part"),
    # the blind sets read after their end measure
    pytest.param("一、经济增长加快恢复\n《统计公报》显示，2008年全市国内生产总值(GDP)达到233.56亿元，比上年增长3.3%。\n纵向来看，"
                 "这个速度是自2003年我市经济突破两位数增长以来首次出现的大幅回落。其中，第一产业增加值69.90亿元，增长1.0%。\n",
                 {"date": "2009-03-31", "title": "2008年度《统计公报》评读", "region": "广元市"},
                 [("233.56亿元", "gdp", "actual", "2008"), ("3.3%", "gdp_growth", "actual", "2008"),
                  ("69.90亿元", None, "actual", "2008"), ("1.0%", "primary_industry_growth", "actual", "2008")],
                 id="a year after 自 is a start (自2003年…以来), no time the sentence after it takes"),
    pytest.param("到2017年底，预计全旗地区生产总值达到259亿元，是2012年的1.2倍，年均增长6%。\n",
                 {"date": "2017-12-20", "title": "政府工作报告", "region": "准格尔旗"},
                 [("259亿元", "gdp", "actual", "2017"), ("1.2倍", None, "actual", "2017-12-31"),
                  ("6%", "gdp_growth", "actual", "2013-2017")],
                 id="a rate per year after a base year named (是2012年的1.2倍，年均增长6%) is over the years since the base"),
    pytest.param("一季度，第一、二、三产业分别实现增加值62亿元、1137.1亿元、1402.6亿元，同比分别增长3%、5.7%、8.9%。\n",
                 _CHENGDU_Q1,
                 [("62亿元", None, "actual", "2016-Q1"), ("1137.1亿元", None, "actual", "2016-Q1"),
                  ("1402.6亿元", None, "actual", "2016-Q1"), ("3%", "primary_industry_growth", "actual", "2016-Q1"),
                  ("5.7%", "secondary_industry_growth", "actual", "2016-Q1"),
                  ("8.9%", "services_value_added_growth", "actual", "2016-Q1")],
                 id="a list of industries, then 分别实现增加值: each growth its industry's"),
    pytest.param("一季度，全市服务业保持平稳较快发展，实现增加值500亿元，增长8.9%。服务业方面，一季度成都服务业平稳，"
                 "增加值按可比价格计算同比增长6.9%。工业生产平稳，增加值增长6%。\n", _CHENGDU_Q1,
                 [("500亿元", None, "actual", "2016-Q1"), ("8.9%", "services_value_added_growth", "actual", "2016-Q1"),
                  ("6.9%", "services_value_added_growth", "actual", "2016-Q1"), ("6%", None, "actual", "2016-Q1")],
                 id="a bare head (实现增加值) after a clause whose subject is an industry, past its scope word or place (工业 alone "
                    "is all industry, no indicator's)"),
]


_URUMQI_2008 = {"date": "2008-02-20", "title": "乌市近期发展目标", "region": "乌鲁木齐市"}
_CASES_OF_THE_FORTIETH_SESSION = [
    pytest.param("本次会议确定2008年全市实现地区生产总值970亿元，增长15%；固定资产投资366亿元。\n", _URUMQI_2008,
                 [("970亿元", "gdp", "target", "2008"), ("15%", "gdp_growth", "target", "2008"),
                  ("366亿元", "fixed_asset_investment", "target", "2008")],
                 id="a year's figures a meeting decided on are its goals, through the clauses after a semicolon"),
    pytest.param("报告建议：2008年全市经济又好又快发展，生产总值增长10%左右，地方财政收入增长12.5%。\n",
                 {"date": "2008", "title": "上海市2007年计划执行情况与2008年计划草案的报告", "region": "上海市"},
                 [("10%左右", "gdp_growth", "target", "2008"), ("12.5%", "general_budget_revenue_growth", "target", "2008")],
                 id="建议 before the year: its goals (also with no bound of a goal)"),
    pytest.param("报告确定的10件实事全部完成。报告提出，2025年，全市地区生产总值增长5.4%。\n",
                 {"date": "2026-01-25", "title": "市长作政府工作报告", "region": "北京市"},
                 [("10件", None, "actual", "2025"), ("5.4%", "gdp_growth", "actual", "2025")],
                 id="what was decided, done; 提出 before a year gone by tells its outcome"),
    pytest.param("会议明确，2024年全省地区生产总值达9.86万亿元。经最终核实确定，2023年国内生产总值为1260582亿元。\n",
                 {"date": "2025-02-10", "title": "新闻", "region": "山东省"},
                 [("9.86万亿元", "gdp", "actual", "2024"), ("1260582亿元", "gdp", "actual", "2023")],
                 id="确定 or 明确 before a year gone by tells it too (review)"),
    pytest.param("会议提出，2025年全省经济运行稳中有进，地区生产总值预计增长5.5%。\n",
                 {"date": "2025-12-20", "title": "新闻", "region": "湖南省"},
                 [("5.5%", "gdp_growth", "actual", "2025")],
                 id="…and before the text's own year late in it (review)"),
    pytest.param("上半年全市生产总值735.4亿元，同比增长12.8%；两年平均增长6.0%。全年地区生产总值增长8.7%，两年平均增长6.2%。\n",
                 {"date": "2021-07-20", "title": "上半年全市经济运行情况", "region": "宜昌市"},
                 [("735.4亿元", "gdp", "actual", "2021-H1"), ("12.8%", "gdp_growth", "actual", "2021-H1"),
                  ("6.0%", "gdp_growth", "actual", "2021-H1"), ("8.7%", "gdp_growth", "actual", "2021"),
                  ("6.2%", "gdp_growth", "actual", "2020-2021")],
                 id="a two-year average of a part of a year is the part's (per year); of a whole year, over both years"),
    pytest.param("8月份，全市规模以上工业增加值同比增长5.3%，两年平均增长5.4%。1978年改革开放以来，全市地区生产总值年均增长12%。\n",
                 {"date": "2021-09-15", "title": "8月份全市经济运行情况", "region": "宜昌市"},
                 [("5.3%", "industrial_value_added_growth", "actual", "2021-08"),
                  ("5.4%", "industrial_value_added_growth", "actual", "2021-08"),
                  ("12%", "gdp_growth", "actual", "1978-2021")],
                 id="a month's two-year average is the month's; a year a few words before 以来 starts a span (review)"),
    pytest.param("2020 中国答卷\n脱贫\n年初剩余的551万农村贫困人口全部脱贫、52个贫困县全部摘帽\n“十四五”规划目标中的民生关切\n划重点\n"
                 "■城镇调查失业率控制在5.5%以内,物价水平保持总体平稳\n■制定促进共同富裕行动纲要\n"
                 "■基本养老保险参保率提高到95%,优化社会救助和慈善制度\n2021任务清单\n●国内生产总值增长6%以上\n",
                 {"date": "2021-03-05", "title": "2020中国答卷 2021任务清单", "region": None},
                 [("551万", "poverty_reduction", "actual", "2020"), ("52个", None, "actual", "2020"),
                  ("5.5%以内", "surveyed_unemployment", "plan", "2021-2025"), ("95%", None, "plan", "2025"),
                  ("6%以上", "gdp_growth", "target", "2021")],
                 id="a heading whose year is written bare (2021任务清单) over a list, after a plan's list: the year's goals"),
    pytest.param("初步核算，全市实现生产总值(注2)2554.3亿元，按可比价格比上年增长15.7%。按常住人口计算人均生产总值45724元/人(注3)。"
                 "全年完成全社会投资951.6亿元。各项税收总额352.0亿元。\n",
                 {"date": "2008-03-03", "title": "2007年济南市国民经济和社会发展统计公报", "region": "济南市"},
                 [("2554.3亿元", "gdp", "actual", "2007"), ("15.7%", "gdp_growth", "actual", "2007"),
                  ("45724元/人", "gdp_per_capita", "actual", "2007"), ("951.6亿元", "fixed_asset_investment", "actual", "2007"),
                  ("352.0亿元", "tax_revenue", "actual", "2007")],
                 id="a note's mark (注2) is no part of a gap; 按可比价格 is a gap; 元/人 per capita; 全社会投资; 各项税收总额"),
    pytest.param("实现地方财政一般预算收入268亿元，增幅为1985年我市实行计划单列以来最高水平。实现地方财政一般预算支出344.6亿元。\n"
                 "解决廉租住房5355户，是前五年的1.61倍；城市居民人均可支配收入增长14%以上。\n",
                 {"date": "2008-03-03", "title": "2007年大连市国民经济和社会发展统计公报", "region": "大连市"},
                 [("268亿元", "general_budget_revenue", "actual", "2007"),
                  ("344.6亿元", "general_budget_expenditure", "actual", "2007"), ("5355户", None, "actual", "2007"),
                  ("1.61倍", None, "actual", "2007"), ("14%以上", "urban_income_per_capita_growth", "actual", "2007")],
                 id="a year a run starts from (…以来) and a span a ratio is taken of (是前五年的1.61倍) leave no time"),
    pytest.param("五年来，我市生产总值、财政总收入、规模以上工业产值年均分别增长14.1%、22.1%和22.4%，达4270亿元、500.36亿元和8240亿元。\n",
                 {"date": "2012-01-10", "title": "泉州市政府工作报告", "region": "泉州市"},
                 [("14.1%", "gdp_growth", "actual", "2007-2011"), ("22.1%", "fiscal_revenue_growth", "actual", "2007-2011"),
                  ("22.4%", None, "actual", "2007-2011"), ("4270亿元", "gdp", "actual", "2011"),
                  ("500.36亿元", "fiscal_revenue", "actual", "2011"), ("8240亿元", None, "actual", "2011")],
                 id="a second list of as many figures after a comma and its verb (，达…) takes the things of the first"),
    pytest.param("前三季度，全市与“一带一路”沿线国家及地区实现外贸进出口总额增长30.2%。全市外贸进出口总额增长5%，与上年相比实现较快增长。\n",
                 {"date": "2018-10-20", "title": "前三季度全市经济运行情况", "region": "成都市"},
                 [("30.2%", None, "actual", "2018-Q1..Q3"), ("5%", "trade_total_growth", "actual", "2018-Q1..Q3")],
                 id="trade with partners (与…实现进出口) is a part of the total"),
    pytest.param("人均生产总值42171元(按户籍人口计算)。人均生产总值51624元(按常住人口计算)。\n",
                 {"date": "2008-03-03", "title": "2007年济南市国民经济和社会发展统计公报", "region": "济南市"},
                 [("42171元", None, "actual", "2007"), ("51624元", "gdp_per_capita", "actual", "2007")],
                 id="what a phrase may not follow (户籍), said in brackets after its figure"),
    pytest.param("全年全市地区生产总值1200亿元（占全省的12.5%）。全年全市固定资产投资增长8%（其中工业投资增长12%）。\n",
                 {"date": "2025-02-20", "title": "2024年统计公报", "region": "宜昌市"},
                 [("1200亿元", "gdp", "actual", "2024"), ("12.5%", None, "actual", "2024"),
                  ("8%", "fixed_asset_investment_growth", "actual", "2024"), ("12%", None, "actual", "2024")],
                 id="…not any aside in brackets: a share or a part after the figure (review)"),
    pytest.param("《计划》提出，今年临沂GDP增长将保持10%的增幅。\n在固定资产投资、社会消费品零售总额、进出口方面，分别保持增长20%、13%和14%以上。\n",
                 {"date": "2014-03-26", "title": "临沂发布2014年国民经济和社会发展计划", "region": "临沂市"},
                 [("10%", "gdp_growth", "target", "2014"), ("20%", "fixed_asset_investment_growth", "target", "2014"),
                  ("13%", "retail_sales_growth", "target", "2014"), ("14%以上", "trade_total_growth", "target", "2014")],
                 id="the year a plan sets out (提出，今年…) holds for the paragraphs after; 在…方面 lists the things"),
    pytest.param("2015年是“十二五”的收官之年，也是科学谋划“十三五”发展蓝图的规划之年。全年实现地区生产总值61.48亿元，同比增长8.6%，"
                 "增速排名居全市第二；一般公共预算收入实现5.42亿元。\n",
                 {"date": "2016-06-02", "title": "2015年国民经济和社会发展计划执行情况与2016年计划草案的报告", "region": "洞头区"},
                 [("61.48亿元", "gdp", "actual", "2015"), ("8.6%", "gdp_growth", "actual", "2015"),
                  ("5.42亿元", "general_budget_revenue", "actual", "2015")],
                 id="a plan drawn up that year (…的规划之年) leaves no time for what follows"),
    pytest.param("今年是实施“十二五”规划承上启下和推进灾后发展振兴的关键之年。全市生产总值增长14%以上。\n",
                 {"date": "2012-04-10", "title": "广元召开经济运行会议", "region": "广元市"},
                 [("14%以上", "gdp_growth", "target", "2012")],
                 id="…nor a plan under way in its key year (实施“十二五”规划…的关键之年)"),
    pytest.param("一、过去四年及2006年工作回顾\n2006年，全县国内生产总值实现44.3亿元，比2003年净增14.7亿元，年均增长13.7%。\n",
                 {"date": "2007", "title": "商城县2007年政府工作报告", "region": "商城县"},
                 [("44.3亿元", "gdp", "actual", "2006"), ("14.7亿元", None, "actual", "2004-2006"),
                  ("13.7%", "gdp_growth", "actual", "2004-2006")],
                 id="a base year named before a rate per year narrows a heading's span to the years since (blind set read)"),
    pytest.param("全年全县实现财政一般预算总收入9.01亿元，比上年增长14.9%，其中地方一般预算收入4.27亿元，增长11.2%。\n",
                 {"date": "2009-02-01", "title": "2008年统计公报", "region": "缙云县"},
                 [("9.01亿元", "fiscal_revenue", "actual", "2008"), ("14.9%", "fiscal_revenue_growth", "actual", "2008"),
                  ("4.27亿元", "general_budget_revenue", "actual", "2008"),
                  ("11.2%", "general_budget_revenue_growth", "actual", "2008")],
                 id="财政一般预算总收入 is the fiscal revenue, its 地方 part the general budget's (blind set read)"),
    pytest.param("规模以上工业企业完成工业增加值10.92亿元，比上年增长15.3%。全县91家规模工业企业实现增加值同比增长4.1%。"
                 "粮食播面57万亩。财政一般收入3.3亿元。\n",
                 {"date": "2009-02-20", "title": "2008年统计公报", "region": "嵩县"},
                 [("10.92亿元", None, "actual", "2008"), ("15.3%", "industrial_value_added_growth", "actual", "2008"),
                  ("91家", None, "actual", "2008"), ("4.1%", "industrial_value_added_growth", "actual", "2008"),
                  ("57万亩", "grain_area", "actual", "2008"), ("3.3亿元", "general_budget_revenue", "actual", "2008")],
                 id="the industry's firms as the subject before 完成/实现 (规模以上工业企业完成工业增加值); 粮食播面; 财政一般收入"),
    pytest.param("中國大陸2025年GDP年增5%。分季度看，第1季年增5.4%，第2季年增5.2%。\n",
                 {"date": "2026-01-20", "title": "大陸經濟數據", "region": "台湾"},
                 [("5%", "gdp_growth", "actual", "2025"), ("5.4%", "gdp_growth", "actual", "2025-Q1"),
                  ("5.2%", "gdp_growth", "actual", "2025-Q2")],
                 id="分季度看 opens the parts of the year of what the sentence before told (第1季, Taiwan's quarter)"),
]


_CASES_OF_THE_FORTY_FIRST_SESSION = [
    pytest.param("规上企业完成增加值12亿元，增长30%。全县规模企业完成工业增加值5亿元，增长18%。规模企业实现利润增长20%。\n",
                 {"date": "2008-01-20", "title": "县政府工作报告", "region": "枞阳县"},
                 [("12亿元", None, "actual", "2007"), ("30%", "industrial_value_added_growth", "actual", "2007"),
                  ("5亿元", None, "actual", "2007"), ("18%", "industrial_value_added_growth", "actual", "2007"),
                  ("20%", None, "actual", "2007")],
                 id="the firms above the size (规模企业, 规上企业) as the subject of their value added; not of their profit"),
    pytest.param("农民人均纯收入年增量300元，增长8%。货物进出口总额增长4.4%，贡献了全国24.1%的年增量。\n",
                 {"date": "2008-01-20", "title": "县政府工作报告", "region": "枞阳县"},
                 [("300元", None, "actual", "2007"), ("8%", "rural_income_per_capita_growth", "actual", "2007"),
                  ("4.4%", "trade_total_growth", "actual", "2007"), ("24.1%", None, "actual", "2007")],
                 id="the year's increase (年增量) told between the phrase and its growth: no level; a share of it after a "
                    "percent, no change"),
    pytest.param("全年粮食产量130510吨，比上年(134908吨)减少3.3%。高新技术企业52家，比上年的48家增加4家。\n",
                 {"date": "2012-03-10", "title": "英山县2011年国民经济和社会发展统计公报", "region": "英山县"},
                 [("130510吨", "grain_output", "actual", "2011"), ("134908吨", "grain_output", "actual", "2010"),
                  ("3.3%", "grain_output_growth", "actual", "2011"), ("52家", "high_tech_enterprises", "actual", "2011"),
                  ("48家", "high_tech_enterprises", "actual", "2010"), ("4家", None, "actual", "2011")],
                 id="the base's own value after 比上年, in brackets or after 的: the year before's"),
    pytest.param("具体来看，31省份2021年GDP增长目标为：湖北(10%以上)、海南（10%以上）、江西(8%左右)。各省份GDP增长目标为：湖北10%以上、"
                 "江西、新疆7%左右。\n",
                 {"date": "2021-02-20", "title": "31省份2021年GDP增长目标出炉", "region": None},
                 [("31省份", None, "actual", "2021"), ("10%以上", "gdp_growth", "target", "2021"), ("10%以上", "gdp_growth", "target", "2021"),
                  ("8%左右", "gdp_growth", "target", "2021"), ("10%以上", "gdp_growth", "target", "2021"),
                  ("7%左右", None, "target", "2021")],
                 id="a rate's goal over a list of places, each value in brackets after its place or after it, items "
                    "parted by 、; not one value of two places"),
    pytest.param("美国经济增长率为2.9%。欧元区GDP增长率为1.2%。IMF数据显示，全球经济增长率仅为2.9%。我国GDP增长7.7%。\n",
                 {"date": "2014-02-10", "title": "新闻", "region": None},
                 [("2.9%", None, "actual", "2013"), ("1.2%", None, "actual", "2013"), ("2.9%", None, "actual", "2013"),
                  ("7.7%", "gdp_growth", "actual", "2013")],
                 id="a foreign economy's or the world's rate is no value of the country's indicator"),
    pytest.param("2010年，全县地区生产总值149.3亿元，比2005年增加92.1亿元，年均增长16.3%；财政收入8.75亿元，年均增长21.1%。"
                 "财政支出10亿元，年均增长5%。\n",
                 {"date": "2011-09-29", "title": "武鸣县连续10年入选西部百强县", "region": "武鸣县"},
                 [("149.3亿元", "gdp", "actual", "2010"), ("92.1亿元", None, "actual", "2006-2010"),
                  ("16.3%", "gdp_growth", "actual", "2006-2010"), ("8.75亿元", "fiscal_revenue", "actual", "2010"),
                  ("21.1%", "fiscal_revenue_growth", "actual", "2006-2010"),
                  ("10亿元", "general_budget_expenditure", "actual", "2010"), ("5%", None, "actual", "2010")],
                 id="the one base year a sentence's items name holds for a later item's rate per year, past a "
                    "semicolon (not past the full stop)"),
    pytest.param("上半年浙江省GDP为34556亿元，同比增长13.4%，两年平均增长6.8%。\n王美福表示，该省经济持续稳定恢复。\n"
                 "其中，浙江第一产业增加值935亿元，同比增长3.1%，两年平均增长2.2%。\n",
                 {"date": "2021-07-28", "title": "上半年浙江GDP同比增长13.4%", "region": "浙江省"},
                 [("34556亿元", "gdp", "actual", "2021-H1"), ("13.4%", "gdp_growth", "actual", "2021-H1"),
                  ("6.8%", "gdp_growth", "actual", "2021-H1"), ("935亿元", None, "actual", "2021-H1"),
                  ("3.1%", "primary_industry_growth", "actual", "2021-H1"),
                  ("2.2%", "primary_industry_growth", "actual", "2021-H1")],
                 id="两年平均 in a release its title names a part of the year for: the part's, where the sentence names "
                    "none"),
    pytest.param("据海关统计，1—5月，中國出口5.4萬億元，同比下降2.7%。广东出口增长5%。机电产品出口增长3%。全年外贸增长7.6%。\n",
                 {"date": "2014-06-10", "title": "新闻", "region": None},
                 [("5.4萬億元", "exports", "actual", "2014-01..05"), ("2.7%", "exports_growth", "actual", "2014-01..05"),
                  ("5%", "exports_growth", "actual", "2014-01..05"), ("3%", None, "actual", "2014-01..05"),
                  ("7.6%", "trade_total_growth", "actual", "2014")],
                 id="a place's name or 中国 before a phrase that names its indicator only as its clause's subject (出口, "
                    "外贸); not a product's"),
    pytest.param("中评社香港1月25日电／北京市市长殷勇发表政府工作报告，指全市地区生产总值超过5万亿元人民币，增长5.4%。\n",
                 {"date": "2026-01-25", "title": "北京市长殷勇发表政府工作报告", "region": "北京市"},
                 [("超过5万亿元人民币", "gdp", "actual", "2025"), ("5.4%", "gdp_growth", "actual", "2025")],
                 id="a wire dateline's day (1月25日电) is when the story was filed, no day the figures are of"),
    pytest.param("全年全省公共财政收入1700.2亿元，增长12.1%。全国公共财政收入129143亿元，增长10.1%。\n",
                 {"date": "2014-02-28", "title": "山西省2013年国民经济和社会发展统计公报", "region": "山西省"},
                 [("1700.2亿元", "general_budget_revenue", "actual", "2013"),
                  ("12.1%", "general_budget_revenue_growth", "actual", "2013"), ("129143亿元", "fiscal_revenue", "actual", "2013"),
                  ("10.1%", "fiscal_revenue_growth", "actual", "2013")],
                 id="公共财政收入 of a province is its general budget revenue, of the country its fiscal revenue ([regional])"),
    pytest.param("城镇登记失业率3.4%，物价上涨1.4%，明显低于控制目标。农产品物价上涨5%。今年物价涨幅控制在3%左右。\n",
                 {"date": "2015-01-20", "title": "某市政府工作报告", "region": "宝鸡市"},
                 [("3.4%", "registered_unemployment", "actual", "2014"), ("1.4%", "cpi", "actual", "2014"),
                  ("5%", None, "actual", "2014"), ("3%左右", "cpi", "target", "2015")],
                 id="物价 as its clause's subject names consumer prices (not 农产品物价)"),
    pytest.param("从2022年一季度GDP同比增速来看，目前江西(6.9%)、福建(6.7%)暂列前三，天津(0.1%)排名暂居最后。\n",
                 {"date": "2022-04-25", "title": "22省份一季度GDP出炉", "region": None},
                 [("6.9%", "gdp_growth", "actual", "2022-Q1"), ("6.7%", "gdp_growth", "actual", "2022-Q1"),
                  ("0.1%", "gdp_growth", "actual", "2022-Q1")],
                 id="从…来看 opening a list of places as a colon does, each value in brackets after its place"),
    pytest.param("2010年，全市实现地区生产总值1311亿元，同比增长12.2%；2011年，1700亿元，增长17.1%；2012年，120万人。\n",
                 {"date": "2014-08-01", "title": "围绕目标推动乌市跨越式发展", "region": "乌鲁木齐市"},
                 [("1311亿元", "gdp", "actual", "2010"), ("12.2%", "gdp_growth", "actual", "2010"),
                  ("1700亿元", "gdp", "actual", "2011"), ("17.1%", "gdp_growth", "actual", "2011"),
                  ("120万人", None, "actual", "2012")],
                 id="after a semicolon, a time and a value alone: the next time's value of what the clause before told "
                    "(of its form only)"),
    pytest.param("据美国商务部数据，美国出口增长1.2%，达到3.05万亿美元。前海出口增长10%。宁波舟山港出口增长5%。\n",
                 {"date": "2024-01-20", "title": "新闻", "region": "广东省"},
                 [("1.2%", None, "actual", "2023"), ("3.05万亿美元", None, "actual", "2023"), ("10%", None, "actual", "2023"),
                  ("5%", None, "actual", "2023")],
                 id="…not a foreign country's, nor a zone's or a port's named as their city (review)"),
    pytest.param("25日电网最高用电负荷达1.2亿千瓦，同比增长8%。\n", {"date": "2024-01-26", "title": "电网", "region": "江苏省"},
                 [("1.2亿千瓦", None, "actual", "2024"), ("8%", None, "actual", "2024")],
                 id="…but a day before 电网 is a day of the figures (review)"),
    pytest.param("全市财政总收入、公共财政收入分别达到500亿元、280亿元。\n",
                 {"date": "2014-02-28", "title": "统计公报", "region": "太原市"},
                 [("500亿元", "fiscal_revenue", "actual", "2013"), ("280亿元", "fiscal_revenue", "actual", "2013")],
                 id="…not where the label lists another phrase of the fiscal revenue (review)"),
    pytest.param("2010年，全县粮食产量比2008年减少2万吨；财政收入8.75亿元，年均增长21.1%。2015年，全县GDP比2010年增长60%；2020年，"
                 "全县GDP年均增长7%。\n",
                 {"date": "2021-03-01", "title": "统计公报", "region": "武鸣县"},
                 [("2万吨", None, "actual", "2009-2010"), ("8.75亿元", "fiscal_revenue", "actual", "2010"),
                  ("21.1%", "fiscal_revenue_growth", "actual", "2010"), ("60%", "gdp_growth", "actual", "2011-2015"),
                  ("7%", "gdp_growth", "actual", "2020")],
                 id="…the base of another measure's change, or of an item before one naming its own year, holds for no later "
                    "item (review)"),
    pytest.param("广东预计 2026 年全省一般公共预算收入 14360 亿元，增长 3%。预计2025年全省一般公共预算收入13500亿元。\n",
                 {"date": "2026-01-20", "title": "广东财政", "region": "广东省"},
                 [("14360 亿元", "general_budget_revenue", "target", "2026"),
                  ("3%", "general_budget_revenue_growth", "target", "2026"),
                  ("13500亿元", "general_budget_revenue", "actual", "2025")],
                 id="预计 before a year not gone by in a text of known month: a budget's figure for the year ahead"),
    pytest.param("欧元区GDP增长0.5%，全年增长0.4%。我国GDP增长5.2%，全年增长5%。\n", {"date": "2024-01-20", "title": "新闻", "region": None},
                 [("0.5%", None, "actual", "2023"), ("0.4%", None, "actual", "2023"), ("5.2%", "gdp_growth", "actual", "2023"),
                  ("5%", "gdp_growth", "actual", "2023")],
                 id="…nor in a clause of a time and a change that goes on with a foreign subject (review)"),
    pytest.param("1979年至2012年，国内生产总值年均增长9.8%。\n", {"date": "2013-11-10", "title": "新闻", "region": None},
                 [("9.8%", "gdp_growth", "actual", "1979-2012")],
                 id="a span of years written with its ends may cover decades (the reform's years)"),
    pytest.param("环球经济不明朗，本地生产总值全年增长3.2%。日本经济增长1.9%，其中第四季度增长0.3%。\n",
                 {"date": "2024-02-01", "title": "香港经济", "region": "香港"},
                 [("3.2%", "gdp_growth", "actual", "2023"), ("1.9%", None, "actual", "2023"), ("0.3%", None, "actual", "2023-Q4")],
                 id="…but a world word opening a clause places nothing after it; 其中 and a quarter carry a foreign subject "
                    "(second review)"),
    pytest.param("2010年，全县地区生产总值28.6亿元，比2005年增长1.2倍，平均每年增长16.3%；2010年财政收入8.75亿元，年均增长21.1%。"
                 "1949年至2012年，全县粮食产量年均增长3%。\n",
                 {"date": "2013-03-01", "title": "统计公报", "region": "宝鸡市"},
                 [("28.6亿元", "gdp", "actual", "2010"), ("1.2倍", "gdp_growth", "actual", "2006-2010"),
                  ("16.3%", "gdp_growth", "actual", "2006-2010"), ("8.75亿元", "fiscal_revenue", "actual", "2010"),
                  ("21.1%", "fiscal_revenue_growth", "actual", "2006-2010"), ("3%", "grain_output_growth", "actual", "1949-2012")],
                 id="…a later item naming the sentence's own year keeps the base; spans from 1949 (second review)"),
]


_CASES_OF_THE_FORTY_SECOND_SESSION = [
    pytest.param("从各地GDP目标来看，多数省份高于5%。青海省的目标在4.5%左右，其他省份都在5%以上。12个省区市目标同时锚定6%。"
                 "海南2022年的GDP目标为9%左右，实际增长0.2%。\n",
                 {"date": "2023-01-16", "title": "各地两会观察", "region": None},
                 [("高于5%", None, "target", "2023"), ("4.5%左右", None, "target", "2023"), ("5%以上", None, "target", "2023"),
                  ("12个", None, "target", "2023"), ("6%", None, "target", "2023"), ("9%左右", "gdp_growth", "target", "2022"),
                  ("0.2%", "gdp_growth", "actual", "2022")],
                 id="goals told as 目标来看, 目标在, 目标同时锚定: goals; the outcome after 目标为…，实际 is none"),
    pytest.param("上海生产总值为30956.6亿元，虽同比下降1.4%。江苏前9月固定资产投资稳中有升，同比增长3.5%。前三季度江苏固定资产投资稳中有升，"
                 "同比增长3.5%。\n",
                 {"date": "2022-11-01", "title": "长三角前三季度经济成绩单", "region": None},
                 [("30956.6亿元", "gdp", "actual", "2022-Q1..Q3"), ("1.4%", "gdp_growth", "actual", "2022-Q1..Q3"),
                  ("3.5%", "fixed_asset_investment_growth", "actual", "2022-Q1..Q3"),
                  ("3.5%", "fixed_asset_investment_growth", "actual", "2022-Q1..Q3")],
                 id="a change after 虽 or 但; a subject's clause of manner with a place and a part of the year around it"),
    pytest.param("全省前三季度社会消费品零售总额为16130亿元，由上半年的下降0.3%转为增长0.9%。\n",
                 {"date": "2022-11-01", "title": "前三季度经济运行情况", "region": "安徽省"},
                 [("16130亿元", "retail_sales", "actual", "2022-Q1..Q3"), ("0.3%", "retail_sales_growth", "actual", "2022-H1"),
                  ("0.9%", "retail_sales_growth", "actual", "2022-Q1..Q3")],
                 id="由上半年的…转为…: the earlier part's rate, then the part the sentence opened with"),
    pytest.param("2015年，全市经济止跌回稳，增长速度由一季度的5.9%、二季度的6.1%、三季度的6.2%，逐步回升到全年的6.5%。\n",
                 {"date": "2016-01-20", "title": "政府工作报告", "region": "长春市"},
                 [("5.9%", "gdp_growth", "actual", "2015-Q1"), ("6.1%", "gdp_growth", "actual", "2015-Q2"),
                  ("6.2%", "gdp_growth", "actual", "2015-Q3"), ("6.5%", "gdp_growth", "actual", "2015")],
                 id="each part's rate in turn after 由一季度的"),
    pytest.param("數據顯示，2015 年，溫江區實現地區生產總值388億元；完成一般公共預算收入34.1億元；固定資產投資327億元。\n",
                 {"date": "2016-10-26", "title": "温江连续第20年入选全省十强县", "region": "温江区"},
                 [("388億元", "gdp", "actual", "2015"), ("34.1億元", "general_budget_revenue", "actual", "2015"),
                  ("327億元", "fixed_asset_investment", "actual", "2015")],
                 id="a year with a page's space opening the sentence holds past its semicolons"),
    pytest.param("初步核算，全市实现地区生产总值(GDP)10535.51[1]亿元，比上年增长9.0%。全市GDP突破3000亿元大关，由2012年的2199.9亿元"
                 "增加到2016年的3100.87亿元。\n",
                 {"date": "2018-03-20", "title": "统计公报", "region": "长沙市"},
                 [("10535.51[1]亿元", "gdp", "actual", "2017"), ("9.0%", "gdp_growth", "actual", "2017"),
                  ("突破3000亿元", None, "actual", "2017"), ("2199.9亿元", "gdp", "actual", "2012"),
                  ("3100.87亿元", "gdp", "actual", "2016")],
                 id="a note's mark between a value and its unit; a threshold before the value reached from the year before"),
    pytest.param("固定资产投资、社会消费品零售总额分别迈上2000亿元、1000亿元台阶，分别达到2317.4亿元、1142.8亿元。\n",
                 {"date": "2017-09-14", "title": "岳阳经济", "region": "岳阳市"},
                 [("2000亿元", None, "actual", "2017"), ("1000亿元", None, "actual", "2017"),
                  ("2317.4亿元", "fixed_asset_investment", "actual", "2017"), ("1142.8亿元", "retail_sales", "actual", "2017")],
                 id="steps listed with 分别, then the values reached: the steps are no values"),
    pytest.param("固定资产投资、规模工业增加值、公共财政预算收入分别迈上2000亿元、1000亿元和300亿元台阶，分别达到2317.4亿元、1105.8亿元"
                 "和330.8亿元，年均分别增长20.6%、9%和9.4%。全年财政收入跨越130亿元，累计完成136.6亿元。全年转移输出农村劳动力"
                 "113.9万人。\n",
                 {"date": "2017-09-14", "title": "岳阳经济", "region": "岳阳市"},
                 [("2000亿元", None, "actual", "2017"), ("1000亿元", None, "actual", "2017"), ("300亿元", None, "actual", "2017"),
                  ("2317.4亿元", "fixed_asset_investment", "actual", "2017"), ("1105.8亿元", None, "actual", "2017"),
                  ("330.8亿元", "general_budget_revenue", "actual", "2017"),
                  ("20.6%", "fixed_asset_investment_growth", "actual", "2017"),
                  ("9%", "industrial_value_added_growth", "actual", "2017"),
                  ("9.4%", "general_budget_revenue_growth", "actual", "2017"), ("130亿元", None, "actual", "2017"),
                  ("136.6亿元", "fiscal_revenue", "actual", "2017"), ("113.9万人", "rural_labour_transfer", "actual", "2017")],
                 id="three lists over the same things (steps, values, their rates); a step before 累计完成; labour sent out"),
    pytest.param("报告指出，过去的一年实现地区生产总值415亿元，可比增长8.5%，总量在全省排名达到第62位，三年上升6个位次。"
                 "完成一般公共预算收入21.03亿元，增长16%。\n",
                 {"date": "2019-01-29", "title": "莒县2019年政府工作报告", "region": "莒县"},
                 [("415亿元", "gdp", "actual", "2018"), ("8.5%", "gdp_growth", "actual", "2018"), ("6个", None, "actual", "2016-2018"),
                  ("21.03亿元", "general_budget_revenue", "actual", "2018"),
                  ("16%", "general_budget_revenue_growth", "actual", "2018")],
                 id="a span told right before its own change inside a clause is no time of the sentences after"),
    pytest.param("从各地GDP目标来看，多数省份高于5%。\n其中，海南为9.5%左右，江西、新疆为7%左右。\n上海为5.5%以上，北京为4.5%以上。\n"
                 "全省地区生产总值为500亿元。\n",
                 {"date": "2023-01-16", "title": "各地两会观察", "region": None},
                 [("高于5%", None, "target", "2023"), ("9.5%左右", "gdp_growth", "target", "2023"),
                  ("7%左右", "gdp_growth", "target", "2023"), ("5.5%以上", "gdp_growth", "target", "2023"),
                  ("4.5%以上", "gdp_growth", "target", "2023"), ("500亿元", "gdp", "actual", "2022")],
                 id="a frame of places' goals (从各地GDP目标来看) holds for the paragraphs of places' values after it"),
    pytest.param("截至2018年年末，全国铁路营业里程13.9万公里。2018年年末城镇登记失业人员974万人，城镇登记失业率为3.80%。"
                 "年末全国城镇调查失业率为4.9%。\n",
                 {"date": "2019-06-10", "title": "人社部公布去年就业数据", "region": None},
                 [("13.9万公里", "railway_mileage", "actual", "2018-12-31"), ("974万人", None, "actual", "2018-12-31"),
                  ("3.80%", "registered_unemployment", "actual", "2018-12-31"),
                  ("4.9%", "surveyed_unemployment", "actual", "2018-12-31")],
                 id="YYYY年年末 is the year's end; 年末 right after it the same year's"),
    pytest.param("2022年，31个省（区、市）夏粮、早稻和秋粮产量的总和达13731亿斤，比上年增加74亿斤，增长0.5%。\n",
                 {"date": "2022-12-12", "title": "国家统计局发布2022年粮食产量数据", "region": None},
                 [("31个", None, "actual", "2022"), ("13731亿斤", "grain_output", "actual", "2022"),
                  ("74亿斤", None, "actual", "2022"), ("0.5%", "grain_output_growth", "actual", "2022")],
                 id="the three harvests added are the year's grain output"),
    pytest.param("前7个月，全区50万元以上项目完成固定资产投资2280.94亿元，同比增长25.1%。\n全年全社会固定资产总投资63.63亿元。"
                 "全盟国内生产总值达到743549万元，按可比口径计算，比上年增长7.8%。全市工业项目完成固定资产投资50亿元。\n",
                 {"date": "2007-08-20", "title": "内蒙古经济运行", "region": "内蒙古"},
                 [("2280.94亿元", "fixed_asset_investment", "actual", "2007-01..07"),
                  ("25.1%", "fixed_asset_investment_growth", "actual", "2007-01..07"),
                  ("63.63亿元", "fixed_asset_investment", "actual", "2007"), ("743549万元", "gdp", "actual", "2007"),
                  ("7.8%", "gdp_growth", "actual", "2007"), ("50亿元", None, "actual", "2007")],
                 id="the investment of projects above the statistics' size (50万元以上项目完成), 固定资产总投资, 按可比口径计算"),
    pytest.param("未来五年，全市的奋斗目标是：到2012年地方财政收入达到300亿元，年均增长20%。\n",
                 {"date": "2008-01-20", "title": "政府工作报告", "region": "呼和浩特市"},
                 [("300亿元", "general_budget_revenue", "plan", "2012"),
                  ("20%", "general_budget_revenue_growth", "plan", "2008-2012")],
                 id="a rate per year to a year the plan the sentence opened with ends in: over the plan's years"),
    pytest.param("2010年第一季度末，城镇登记失业率为4.2%。二季度末城镇登记失业率为4.1%。上半年末，全市常住人口城镇化率为60%。"
                 "三季度，城镇登记失业率为4.1%。\n",
                 {"date": "2010-10-25", "title": "人社部新闻发布会", "region": None},
                 [("4.2%", "registered_unemployment", "actual", "2010-03-31"),
                  ("4.1%", "registered_unemployment", "actual", "2010-06-30"), ("60%", "urbanization_rate", "actual", "2010-06-30"),
                  ("4.1%", "registered_unemployment", "actual", "2010-Q3")],
                 id="a level at a quarter's or a half's end (季度末, 上半年末: not 年末) is that day's"),
    pytest.param("截至三季度末，全国城镇登记失业人数为905万人；城镇登记失业率为4.1%。三季度，全国城镇新增就业100万人；城镇登记失业率为"
                 "4.0%。\n",
                 {"date": "2010-10-25", "title": "人社部新闻发布会", "region": None},
                 [("905万人", None, "actual", "2010-Q3"), ("4.1%", "registered_unemployment", "actual", "2010-09-30"),
                  ("100万人", "urban_new_jobs", "actual", "2010-Q3"), ("4.0%", "registered_unemployment", "actual", "2010-Q3")],
                 id="…and so is one in a clause after the one naming the quarter's end"),
    pytest.param("2013年四个季度我国国内生产总值同比增长率分别是：7.7%、7.5%、7.8%、7.7%。\n",
                 {"date": "2014-01-20", "title": "国家统计局新闻发布会", "region": None},
                 [("四个季度", None, "actual", "2013"), ("7.7%", "gdp_growth", "actual", "2013-Q1"),
                  ("7.5%", "gdp_growth", "actual", "2013-Q2"), ("7.8%", "gdp_growth", "actual", "2013-Q3"),
                  ("7.7%", "gdp_growth", "actual", "2013-Q4")],
                 id="the quarters counted, then their values in turn after 分别是："),
    pytest.param("从年度目标看，全省地区生产总值增长4.8%，未完成年初目标。过去一年，我们锁定目标在5个重点领域发力，全省地区生产总值增长"
                 "4.8%。\n",
                 {"date": "2025-02-10", "title": "政府工作报告", "region": "湖南省"},
                 [("4.8%", "gdp_growth", "actual", "2024"), ("5个", None, "actual", "2024"), ("4.8%", "gdp_growth", "actual", "2024")],
                 id="a review's look at its own goals (从年度目标看) and 目标在 before a count are no goals (review)"),
    pytest.param("从各地GDP目标来看，多数省份目标在5%以上。\n北京为2022年冬奥会举办城市，全年接待游客3.3亿人次。\n",
                 {"date": "2025-02-10", "title": "各省GDP", "region": None},
                 [("5%以上", None, "target", "2025"), ("3.3亿人次", "tourist_visits", "actual", "2024")],
                 id="…nor a paragraph opening with a place and a year after 为 (review)"),
    pytest.param("2015年年末，全市贫困人口5万人。年末，全市贫困人口全部脱贫，城镇登记失业率3.2%。\n",
                 {"date": "2020-01-20", "title": "政府工作报告", "region": "宝鸡市"},
                 [("5万人", None, "actual", "2015-12-31"), ("3.2%", "registered_unemployment", "actual", "2019-12-31")],
                 id="年末 after an earlier year's end is the year reviewed (review)"),
    pytest.param("过去五年，全市经济总量五年增长40%。一般公共预算收入增长50%。\n",
                 {"date": "2025-01-20", "title": "政府工作报告", "region": "宝鸡市"},
                 [("40%", "gdp_growth", "actual", "2020-2024"), ("50%", "general_budget_revenue_growth", "actual", "2020-2024")],
                 id="a span told before its change keeps the span the sentence opened with (review)"),
    pytest.param("全年城乡居民可支配收入总额达到2000亿元。年产10万吨碳酸钙项目，固定资产总投资5亿元。全年5000万元以上项目完成固定资产"
                 "投资80亿元。地区生产总值、财政收入分别突破2000亿元、200亿元大关，分别为全省第二和第三。\n",
                 {"date": "2024-03-01", "title": "统计公报", "region": "佛山市"},
                 [("2000亿元", None, "actual", "2023"), ("10万吨", None, "actual", "2023"), ("5亿元", None, "actual", "2023"),
                  ("80亿元", None, "actual", "2023"), ("突破2000亿元", "gdp", "actual", "2023"),
                  ("200亿元", "fiscal_revenue", "actual", "2023")],
                 id="a total of urban and rural incomes; a project's cost; a subset of projects; thresholds before ranks (review)"),
    pytest.param("粮食全年总产量21774吨，增长0.99%。2010年，地区生产总值按原统计口径预计完成140.78亿元，同比增长44.9%。\n",
                 {"date": "2011-01-20", "title": "县政府工作报告", "region": "英山县"},
                 [("21774吨", "grain_output", "actual", "2010"), ("0.99%", "grain_output_growth", "actual", "2010"),
                  ("140.78亿元", "gdp", "actual", "2010"), ("44.9%", "gdp_growth", "actual", "2010")],
                 id="粮食全年总产量; 按原统计口径 between a phrase and its value"),
    pytest.param("除了青海省的目标在4.5%左右，其他省份都在5%以上。海南、重庆、新疆则定在6%以上或者6%左右。\n",
                 {"date": "2025-01-21", "title": "31省份今年增速目标揭晓", "region": None},
                 [("4.5%左右", None, "target", "2025"), ("5%以上", None, "target", "2025"), ("6%以上", None, "target", "2025"),
                  ("6%左右", None, "target", "2025")],
                 id="a page titled with places' growth goals (增速目标) heads goals"),
    pytest.param("国内生产总值同比增长6.9%，连续12个季度保持在6.7%至6.9%的区间。\n",
                 {"date": "2017-07-20", "title": "国家统计局新闻发布会", "region": None},
                 [("6.9%", "gdp_growth", "actual", "2017"), ("12个季度", None, "actual", "2017"),
                  ("6.7%至6.9%", None, "actual", "2017")],
                 id="the band a run of quarters stayed in is no value"),
    pytest.param("各季度均保持增长，上半年和前三季度分别增长5.8%和5.7%。去年四个季度GDP增速分别为4.5%、6.3%、4.9%、5.2%。\n",
                 {"date": "2024-12-20", "title": "经济运行", "region": "湖北省"},
                 [("5.8%", None, "actual", "2024-H1"), ("5.7%", None, "actual", "2024-Q1..Q3"),
                  ("四个季度", None, "actual", "2023"), ("4.5%", "gdp_growth", "actual", "2023-Q1"), ("6.3%", "gdp_growth", "actual", "2023-Q2"),
                  ("4.9%", "gdp_growth", "actual", "2023-Q3"), ("5.2%", "gdp_growth", "actual", "2023-Q4")],
                 id="the quarters counted give way to the times listed; 去年's quarters are last year's (second review)"),
    pytest.param("从目标来看，城市居民人均可支配收入增长6%，高于目标0.5个百分点。从各地GDP目标来看，多数省份定在5%左右。"
                 "广东地区生产总值达到13.5万亿元。城镇新增就业目标在70万人以上。\n",
                 {"date": "2024-02-01", "title": "各地两会", "region": None},
                 [("6%", "urban_income_per_capita_growth", "actual", "2023"), ("0.5个百分点", None, "actual", "2023"),
                  ("5%左右", None, "target", "2024"), ("13.5万亿元", "gdp", "actual", "2023"),
                  ("70万人以上", "urban_new_jobs", "target", "2024")],
                 id="城市居民 names no set of places; a round-up's goals bear their bound; 目标在 before an amount (second review)"),
    pytest.param("从各地GDP目标来看，多数省份定在5%左右。\n海南为8%左右，西藏为8%。广东地区生产总值达到13.5万亿元。\n"
                 "今年以来各季度GDP同比分别增长5.3%、4.7%、4.6%。\n",
                 {"date": "2024-02-01", "title": "各地两会观察", "region": None},
                 [("5%左右", None, "target", "2024"), ("8%左右", "gdp_growth", "target", "2024"),
                  ("8%", "gdp_growth", "target", "2024"), ("13.5万亿元", "gdp", "actual", "2023"),
                  ("5.3%", "gdp_growth", "actual", "2024-Q1"), ("4.7%", "gdp_growth", "actual", "2024-Q2"),
                  ("4.6%", "gdp_growth", "actual", "2024-Q3")],
                 id="a round-up's goals told as values, exact ones too, not outcomes reached; a year's quarters so far (third review)"),
]

@pytest.mark.parametrize(("text", "meta", "expected"), [
    *_CASES_OF_THE_THIRTEENTH_SESSION,
    *_CASES_OF_THE_SIXTEENTH_SESSION,
    *_CASES_OF_THE_SEVENTEENTH_SESSION,
    *_CASES_OF_THE_SEVENTEENTH_SESSION_REVIEW,
    *_CASES_OF_THE_EIGHTEENTH_SESSION,
    *_CASES_OF_THE_EIGHTEENTH_SESSION_REVIEW,
    *_CASES_OF_THE_NINETEENTH_SESSION,
    *_STATUS_OF_THE_NINETEENTH_SESSION,
    *_CASES_OF_THE_NINETEENTH_SESSION_REVIEW,
    *_CASES_OF_THE_NINETEENTH_SESSION_BLIND_SETS_READ,
    *_CASES_OF_THE_TWENTIETH_SESSION,
    *_CASES_OF_THE_TWENTY_FIRST_SESSION,
    *_CASES_OF_THE_TWENTY_SECOND_SESSION,
    *_CASES_OF_THE_TWENTY_FIFTH_SESSION,
    *_CASES_OF_THE_TWENTY_SIXTH_SESSION,
    *_CASES_OF_THE_TWENTY_SEVENTH_SESSION,
    *_CASES_OF_THE_TWENTY_EIGHTH_SESSION,
    *_CASES_OF_THE_TWENTY_NINTH_SESSION,
    *_CASES_OF_THE_THIRTIETH_SESSION,
    *_CASES_OF_THE_THIRTY_FIRST_SESSION,
    *_CASES_OF_THE_THIRTY_FIRST_SESSION_REVIEW,
    *_CASES_OF_THE_THIRTY_FIRST_SESSION_BLIND_SETS_READ,
    *_CASES_OF_THE_THIRTY_SECOND_SESSION,
    *_CASES_OF_THE_THIRTY_SECOND_SESSION_REVIEW,
    *_CASES_OF_THE_THIRTY_THIRD_SESSION,
    *_CASES_OF_THE_THIRTY_FOURTH_SESSION,
    *_CASES_OF_THE_THIRTY_FOURTH_SESSION_REVIEW,
    *_CASES_OF_THE_THIRTY_FIFTH_SESSION,
    *_CASES_OF_THE_THIRTY_FIFTH_SESSION_REVIEW,
    *_CASES_OF_THE_THIRTY_SIXTH_SESSION,
    *_CASES_OF_THE_THIRTY_SEVENTH_SESSION,
    *_CASES_OF_THE_THIRTY_EIGHTH_SESSION,
    *_CASES_OF_THE_THIRTY_NINTH_SESSION,
    *_CASES_OF_THE_FORTIETH_SESSION,
    *_CASES_OF_THE_FORTY_FIRST_SESSION,
    *_CASES_OF_THE_FORTY_SECOND_SESSION,
])
def test_indicator_status_and_period_of_each_class(text, meta, expected):
    """One sentence per class a session found (the lists above, by session): each figure's indicator, status and period."""
    assert _facts(text, meta) == expected


def test_a_year_inside_an_adjustment_is_the_factors_not_the_rates():
    """扣除2022年留抵退税因素后增长5.1% after the rate itself: the year (or 上年同期) names the factor taken out, not the
    rate's time, and the rate is still the adjusted one, no value of the indicator (the second review)."""
    meta = {"date": "2023-07-20", "title": "上半年全省财政收支情况", "region": "湖南省"}
    for factor in ("2022年", "上年同期"):
        text = f"全省一般公共预算收入同比下降8.0%，扣除{factor}留抵退税因素后增长5.1%。\n"
        assert [(a.fact.mention, a.indicator, a.period) for a in _analysed(text, meta)] == \
            [("8.0%", "general_budget_revenue_growth", "2023-H1"), ("5.1%", None, "2023-H1")]


def test_a_table_cells_label_is_its_rows_name_and_traditional_headers_read_as_simplified():
    """A lone figure's cell of a table pasted one cell per line says what it measures by its row (its numbering cut);
    a header in traditional script is read as simplified (預期目標)."""
    text = "指標名稱\n預期目標\n實際完成\n一、綜合發展\n1.地區生產總值\n增長6%\n增長5.2%\n2.全員勞動生產率\n20萬元\n21萬元\n"
    meta = {"date": "2024-02-20", "title": "2023年計劃執行情況", "region": "台州市"}
    analysed = _analysed(text, meta)
    assert [(a.fact.mention, a.metric, a.indicator, a.status) for a in analysed] == [
        ("6%", "地區生產總值", "gdp_growth", "target"), ("5.2%", "地區生產總值", "gdp_growth", "actual"),
        ("20萬元", "全員勞動生產率", None, "target"), ("21萬元", "全員勞動生產率", None, "actual")]


def test_a_heading_that_sets_goals_with_le_still_heads_goals():
    """会议明确了…主要预期目标: 了 after a verb that sets goals announces them (a heading that tells tasks done, 守住了底线
    任务, is a review). The goals' year is not asserted here: a December conference's goals are the next year's."""
    text = "三、会议明确了经济社会发展主要预期目标\n地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内。\n"
    meta = {"date": "2024-12-20", "title": "市委经济工作会议召开", "region": "湖州市"}
    assert [(m, i, s) for m, i, s, _ in _facts(text, meta)] == [
        ("5.5%左右", "gdp_growth", "target"), ("5.5%以内", "surveyed_unemployment", "target")]
