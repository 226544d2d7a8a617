"""Metric labels, periods and how figures are taken, on real sentences (the seed and the 2026 reports)."""

from __future__ import annotations

import pytest

from etl.context.period import period_basis, period_of
from etl.context.pipeline import analyse
from etl.context.reader import read_text


def _facts(text: str):
    doc = read_text(text.encode("utf-8"), "sentence.txt")
    return {a.fact.mention: a for a in analyse(doc).facts}


@pytest.mark.parametrize(
    ("sentence", "mention", "metric"),
    [
        pytest.param("在北京，2025年12345热线受理诉求2580.2万件。", "2580.2万件", "12345热线受理诉求", id="before"),
        pytest.param("驿站现已覆盖该辖区82个快递、外卖站点和4110名劳动者。", "82个", "快递、外卖站点", id="after_measure_word"),
        pytest.param("驿站现已覆盖该辖区82个快递、外卖站点和4110名劳动者。", "4110名", "劳动者", id="list_second"),
        pytest.param("辽宁建成1.2万余个“爱心驿站”“司机之家”。", "1.2万余个", "爱心驿站、司机之家", id="quoted_names"),
        pytest.param("2025年度社会工作者职业资格考试有223.6万人报名，同比增长18.4%。", "223.6万人", "社会工作者职业资格考试报名", id="action"),
        pytest.param("2025年度社会工作者职业资格考试有223.6万人报名，同比增长18.4%。", "18.4%", "社会工作者职业资格考试报名", id="change_takes_base"),
        pytest.param("全省地区生产总值达到5.53万亿元、增长4.2%。", "5.53万亿元", "地区生产总值", id="strip_scope_and_verb"),
        pytest.param("跨部门综合监管事项从39个拓展到91个。", "91个", "跨部门综合监管事项", id="from_to"),
        pytest.param("全市人均预期寿命较2020年提高1.16岁、达到79.72岁。", "1.16岁", "人均预期寿命", id="base_year_stripped"),
        pytest.param("电子信息产业规模达到千亿级。", "千亿级", "电子信息产业规模", id="magnitude_reached"),
        pytest.param("消费对经济增长的贡献率上升3个百分点，达到51.2%。", "51.2%", "消费对经济增长的贡献率",
                     id="a verb alone takes the label of the figure in the clause before"),
        pytest.param("向困难群众发放一次性生活补助，惠及1100多万人。", "1100多万人", "向困难群众发放一次性生活补助",
                     id="a verb alone takes what the clause before speaks of"),
        pytest.param("对东盟进出口增长19%，全省进出口总值创历史新高，达到5379亿元。", "5379亿元", "进出口总值创历史新高",
                     id="no label is borrowed from a figure further back"),
        pytest.param("惠及1100多万人。", "1100多万人", "惠及", id="a verb is kept where there is nothing else"),
        pytest.param("规模以上工业增加值同比增长15.7%，两年平均增长8.2%。", "8.2%", "两年平均",
                     id="a verb stripped from the end is no part of a word (平均, not 平 and 均增长)"),
    ],
)
def test_metric(sentence, mention, metric):
    assert _facts(sentence)[mention].metric == metric


@pytest.mark.parametrize(
    ("before", "heading", "doc_date", "period"),
    [
        pytest.param("2025年12345热线受理诉求", None, None, "2025", id="year"),
        pytest.param("2025年度社会工作者职业资格考试有", None, None, "2025", id="year_du"),
        pytest.param("截至2025年底，全省", None, None, "2025-12-31", id="year_end"),
        pytest.param("一季度，全省", None, "2026-04-20", "2026-Q1", id="quarter_of_doc_year"),
        pytest.param("2025年6月中旬", None, None, "2025-06", id="month"),
        pytest.param("一九五七年", None, None, "1957", id="chinese_year"),
        pytest.param("全市人均预期寿命较2020年提高", None, "2026-02-09", "2026", id="base_year_is_not_period"),
        pytest.param("城镇新增就业", "一、2025年工作回顾", "2026-02-09", "2025", id="heading"),
        pytest.param("城镇新增就业", None, "2026-02-09", "2026", id="document_date"),
        pytest.param("城镇新增就业", None, None, None, id="unknown"),
        pytest.param("9月规模以上工业增加值增长", None, "2025-10-20", "2025-09", id="a month opening its clause"),
        pytest.param("今年9月全市居民消费价格同比上涨", None, "2025-10-20", "2025-09", id="a month after this year"),
        pytest.param("9月5日，全市召开会议，全年投资增长", None, "2025-10-20", "2025", id="a day is no month's period"),
        pytest.param("当天，5月交割的白银期货价格上涨", None, "2025-04-20", "2025", id="a contract's month"),
        pytest.param("BDI较去年9月峰值下降了", None, "2025-04-20", "2025", id="a base's month"),
        pytest.param("根据今年七月一日的普查，我国人口已经超过", None, "1982-12-01", "1982", id="a date in Chinese numerals"),
    ],
)
def test_period(before, heading, doc_date, period):
    assert period_of(before, heading, doc_date) == period


@pytest.mark.parametrize(
    ("clause", "basis"),
    [("日均服务量达", "daily_avg"), ("年均增长", "per_year"), ("城乡居民人均可支配收入", "per_capita"), ("粮食产量", None)],
)
def test_period_basis(clause, basis):
    assert period_basis(clause) == basis


@pytest.mark.parametrize(("sentence", "mention", "metric"), [
    pytest.param("城乡居民收入水平均增长8%。", "8%", "城乡居民收入水平", id="均 of 均增长 after 水平"),
    pytest.param("全市从业人员年末为85.6万人，比上年增加2.1万人。", "85.6万人", "从业人员年末", id="从 of 从业 is no 从 of a base"),
    pytest.param("全县财政总收入由“十五”末的1.8亿元增加到5.2亿元。", "1.8亿元", "财政总收入", id="a plan's end as a base"),
])
def test_metric_tails_of_the_twelfth_session(sentence, mention, metric):
    assert _facts(sentence)[mention].metric == metric


@pytest.mark.parametrize(("text", "mention", "metric", "measure"), [
    pytest.param("这五年，综合经济实力显著增强。预计地\n区生产总值年均增长 5.1%;一般公共预算收入年均增长\n4.8%;农村居民\n"
                 "人均可支配收入年均增长 8.4%。\n", "4.8%", "一般公共预算收入", "change",
                 id="a line broken by the layout between a change word and its figure"),
    pytest.param("这五年，综合经济实力显著增强。预计地\n区生产总值年均增长 5.1%;一般公共预算收入年均增长\n4.8%;农村居民\n"
                 "人均可支配收入年均增长 8.4%。\n", "8.4%", "农村居民人均可支配收入", "change",
                 id="…and inside the words of a label"),
    pytest.param("国 内 生 产 总 值 达 到 7 4 7 7 2 亿元，比上年增长 8 ．8 ％。", "7 4 7 7 2 亿元", "国内生产总值", "level",
                 id="a label read without the spaces of a scanned page"),
    pytest.param("营业收入12.3\n4亿元，同比增长5%。", "12.3\n4亿元", "营业收入", "level",
                 id="…while a number broken by a line is read through"),
    pytest.param("这一年，消费市场稳步回暖。全市社会消费品零售总额 596.1 亿元、增\n长 8.3%，网络零售额 72.7 亿元、比上年下\n降 2.1%。\n",
                 "8.3%", "社会消费品零售总额", "change", id="…and a change word the line broke (增⏎长)"),
    pytest.param("这一年，消费市场稳步回暖。全市社会消费品零售总额 596.1 亿元、增\n长 8.3%，网络零售额 72.7 亿元、比上年下\n降 2.1%。\n",
                 "2.1%", "网络零售额", "change", id="…or its base's (比上年下⏎降)"),
])
def test_a_hard_wrapped_line_is_read_as_one(text, mention, metric, measure):
    """Lines a PDF's or a page's layout broke inside a sentence (PDF columns, scanned pages) are read as one line: the
    change word before a figure on the next line, a label's words on two lines; a number broken by a line still is one."""
    fact = _facts(text)[mention]
    assert (fact.metric, fact.fact.measure) == (metric, measure)


@pytest.mark.parametrize(("text", "mention", "metric"), [
    pytest.param("共发放药品5000件、口罩10万只、帐篷300顶。", "5000件", "发放药品",
                 id="an item of a list of things and counts is labelled by its own noun, not the next item's"),
    pytest.param("共发放药品5000件、口罩10万只、帐篷300顶。", "10万只", "口罩", id="…the next item by its own"),
    pytest.param("覆盖82个快递、外卖站点。", "82个", "快递、外卖站点", id="…while a count before its nouns takes them"),
    pytest.param("去年底企业数量超过5200万户、个体工商户超过1.1亿户。", "超过5200万户", "企业数量",
                 id="a time at the head of a label is no part of it (去年底)"),
    pytest.param("年底前完成老旧小区改造1000个。", "1000个", "完成老旧小区改造", id="…nor a deadline (年底前)"),
    pytest.param("但3月份CPI同比上涨0.2%。", "0.2%", "CPI", id="…nor a conjunction before the time (但3月份)"),
    pytest.param("全市地区生产总值根据经济普查结果修订为3120亿元。", "3120亿元", "地区生产总值",
                 id="…nor an adverbial between the measure and its verb (根据…结果)"),
    pytest.param("南京禄口机场旅客吞吐量突破3000万人次大关。", "突破3000万人次", "南京禄口机场旅客吞吐量",
                 id="a milestone crossed (大关, 关口) is no noun of the count"),
    pytest.param("全省经济总量跨越两个万亿元台阶。", "两个", "万亿元台阶", id="…while steps counted are"),
    pytest.param("粮食产量首次迈上1.3万亿斤新台阶、亩产提高12.4公斤。", "12.4公斤", "亩产",
                 id="…nor the head of the next figure's label (新台阶、亩产)"),
])
def test_a_list_items_label_is_its_own(text, mention, metric):
    """In a list of things and their counts (药品5000件、口罩10万只) each count is labelled by the noun before it; a time at
    the head of a label (去年底, 年末) is no part of it."""
    assert _facts(text)[mention].metric == metric


@pytest.mark.parametrize(("text", "mention", "metric"), [
    pytest.param("全年城镇调查失业率平均为5.2%。", "5.2%", "城镇调查失业率", id="平均 as an adverb before the verb is no part of it"),
    pytest.param("工业总产值平均增长12%。", "12%", "工业总产值", id="…nor before a change"),
    pytest.param("2024年全年5.1%的城镇调查失业率平均水平处于较低水平。", "5.1%", "城镇调查失业率",
                 id="…nor 平均水平 after a rate before its noun"),
    pytest.param("2023年全市人均预期寿命达到78.2岁，2024年进一步提高到78.6岁。", "78.6岁", "人均预期寿命",
                 id="an adverb alone (进一步) takes the label of the figure in the clause before"),
    pytest.param("到2021年人均预期寿命达到78.2岁。", "78.2岁", "人均预期寿命", id="到 before a year at the head is no part of it"),
    pytest.param("2022全年城镇新增就业1206万人。", "1206万人", "城镇新增就业", id="…nor a year without 年 before 全年"),
])
def test_labels_of_the_thirty_fourth_session(text, mention, metric):
    """Labels without 平均 used as an adverb, an adverb alone or a leading time (the thirty-fourth session)."""
    assert _facts(text)[mention].metric == metric


@pytest.mark.parametrize(("text", "mention", "metric"), [
    pytest.param("去年大陸GDP分別增長5.0%。", "5.0%", "大陸GDP", id="a label in traditional script loses its verbs as simplified"),
    pytest.param("本港整體出口貨值上升10.1%，佔出口總值的比重為37.4%。", "10.1%", "本港整體出口貨值",
                 id="…and its lead, as written"),
    pytest.param("２０２５年１０月份全市工业总产值增长１０．６％。", "１０．６％", "工业总产值",
                 id="a year and month in full-width digits at its head are no part of it"),
    pytest.param("一、二、三季度国内生产总值分别增长5.3%、4.7%和4.9%。", "5.3%", "国内生产总值",
                 id="…nor quarters listed with the word written once"),
])
def test_labels_of_the_thirty_sixth_session(text, mention, metric):
    """Labels read through the page's script and digits as the word lists are written (the thirty-sixth session)."""
    assert _facts(text)[mention].metric == metric
