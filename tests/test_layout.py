"""Layout of a newspaper page and of reports: articles, repaired paragraphs, headings, datelines, sentences."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.context.layout import analyse_layout, repaired_span
from etl.context.model import Layout

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_37e5b51ccce53404.txt"


def shared_dir() -> Path | None:
    env = os.environ.get("CNFACTS_SHARED")
    path = Path(env) if env else Path(__file__).resolve().parents[2] / "shared"
    return path if path.is_dir() else None


@cache
def seed() -> tuple[str, Layout]:
    text = SEED.read_text(encoding="utf-8")
    return text, analyse_layout(text)


def sentence_with(layout: Layout, phrase: str):
    found = [s for s in layout.sentences if phrase in s.text]
    assert len(found) == 1, f"{phrase!r} in {len(found)} sentences"
    return found[0]


def assert_offsets(text: str, layout: Layout) -> None:
    """Every span is half-open in the stored text, nested article > paragraph > sentence, in order."""
    for s in layout.sentences:
        p = layout.paragraphs[s.paragraph_index]
        assert repaired_span(text, s.char_start, s.char_end) == s.text
        assert p.char_start <= s.char_start < s.char_end <= p.char_end
        assert s.article_index == p.article_index
    for p in layout.paragraphs:
        a = layout.articles[p.article_index]
        assert repaired_span(text, p.char_start, p.char_end) == p.text
        assert a.char_start <= p.char_start < p.char_end <= a.char_end
    ends = [(s.char_start, s.char_end) for s in layout.sentences]
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(ends, ends[1:]))
    assert [s.index for s in layout.sentences] == list(range(len(layout.sentences)))


# --- the seed page --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("index", "kind", "title"),
    [
        pytest.param(0, "article", "凝心聚力推动社会工作高质量发展", id="social work"),
        pytest.param(1, "article", "习近平同越共中央总书记苏林通电话", id="phone call"),
        pytest.param(2, "article", "踔厉奋发向前进 笃行实干绘蓝图", id="forge ahead"),
        pytest.param(3, "article", "打响能源转型“发令枪” 吹响项目建设“集结号”", id="energy"),
        pytest.param(4, "notices", None, id="notices"),
    ],
)
def test_seed_articles(index: int, kind: str, title: str | None) -> None:
    _, layout = seed()
    assert len(layout.articles) == 5
    article = layout.articles[index]
    assert (article.kind, article.title) == (kind, title)


@pytest.mark.parametrize(
    ("phrase", "article"),
    [
        pytest.param("是刻在城市基因里的产业印记", 0, id="城市基因|里的"),
        pytest.param("紧紧依靠人民群众", 0, id="紧紧|依靠"),
        pytest.param("必将更广阔、更多彩、更温暖。", 0, id="必将更|广阔"),
        pytest.param("培育两国人民友好感情", 1, id="培育两国|人民"),
        pytest.param("能源禀赋,做优做强", 2, id="能源禀|赋"),
        pytest.param("凝聚上下协同合力;", 3, id="协同合|力"),
    ],
)
def test_seed_broken_paragraph_joined(phrase: str, article: int) -> None:
    text, layout = seed()
    s = sentence_with(layout, phrase)
    assert "\n" in text[s.char_start : s.char_end]  # the stored span crosses the layout break
    assert s.article_index == article
    assert s.text in layout.paragraphs[s.paragraph_index].text


@pytest.mark.parametrize(
    ("heading", "first_under"),
    [
        pytest.param("管理服务向“新”,党在新兴领域的号召力凝聚力影响力不断增强", "“社会工作一定要加强", id="管理服务"),
        pytest.param("工作重心下沉,国家治理的基层基础进一步夯实", "基层治理是国家治理的基石", id="工作重心"),
        pytest.param("共建共治共享,中国式现代化的力量源泉更加充盈", "中国式现代化是亿万人民自己的事业", id="共建共治"),
        pytest.param("真抓实干 推动高质量发展 不断取得新成效", "大道至简,实干为要", id="真抓实干"),
    ],
)
def test_seed_section_headings(heading: str, first_under: str) -> None:
    _, layout = seed()
    (p,) = [p for p in layout.paragraphs if p.text == heading]
    after = layout.paragraphs[p.index + 1]
    assert p.is_heading and p.heading is None
    assert after.text.startswith(first_under) and after.heading == heading and not after.is_heading


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("——我国社会工作取得新成效、开创新局面", id="subtitle"),
        pytest.param("经济发展和社会发展相辅相成,必须协调并进。", id="short body line"),
        pytest.param("习近平和苏林并互致新春问候,祝福两国人民幸福安康。", id="short last paragraph"),
    ],
)
def test_seed_not_headings(line: str) -> None:
    _, layout = seed()
    (p,) = [p for p in layout.paragraphs if p.text == line]
    assert not p.is_heading


@pytest.mark.parametrize(
    "metadata",
    [
        pytest.param("新华社记者", id="byline"),
        pytest.param("新华社北京1月25日电", id="dateline 1"),
        pytest.param("新华社北京1月24日电", id="dateline 2"),
        pytest.param("上接第1版", id="continuation marker"),
    ],
)
def test_seed_metadata_outside_sentences(metadata: str) -> None:
    _, layout = seed()
    assert not [s.text for s in layout.sentences if metadata in s.text]
    assert not [p.text for p in layout.paragraphs if metadata in p.text]


def test_seed_dateline() -> None:
    _, layout = seed()
    assert (layout.dateline, layout.dateline_date) == ("新华社北京1月25日电", "01-25")


def test_seed_marker_cut_from_paragraph_start() -> None:
    text, layout = seed()
    p = layout.paragraphs[sentence_with(layout, "越南将坚持一个中国政策").paragraph_index]
    assert p.text.startswith("越南将坚持一个中国政策") and text[p.char_start - 7 : p.char_start] == "(上接第1版)"


@pytest.mark.parametrize(
    "item",
    [
        pytest.param("▲晋中开发区乾诚建材经销部不慎将营业执照正、副本丢失,统一社会信用代码:92140700MA0HEU9E22,"
                     "发证日期:2017年4月28日,声明作废。(晋报广)", id="licence"),
        pytest.param("▲景大为不慎将残疾证丢失,证号:14240119680309142724,声明作废。(晋报广)", id="disability card"),
        pytest.param("▲马改专不慎将警官证丢失,警号:1426152,声明作废。(晋报广)", id="police card"),
    ],
)
def test_seed_notice_item_is_one_sentence(item: str) -> None:
    _, layout = seed()
    s = sentence_with(layout, item[:12])
    assert s.text == item
    assert layout.articles[s.article_index].kind == "notices"


def test_seed_offsets() -> None:
    text, layout = seed()
    assert_offsets(text, layout)


# --- rules, one row each --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param("223.6万人报名，同比增长18.4%", ["223.6万人报名，同比增长18.4%"], id="one line, no stop"),
        pytest.param("增长5%。下降3%！为什么？", ["增长5%。", "下降3%！", "为什么？"], id="stops"),
        pytest.param("加强自律;治理乱象;优化布局……一系列举措,促进发展。",
                     ["加强自律;", "治理乱象;", "优化布局……一系列举措,促进发展。"], id="semicolons and ellipsis"),
        pytest.param("“填补好这个空白。”2025年3月5日下午,总书记提出要求。",
                     ["“填补好这个空白。”", "2025年3月5日下午,总书记提出要求。"], id="closing quote kept"),
        pytest.param("团结奋斗!继续前进?是的。", ["团结奋斗!", "继续前进?", "是的。"], id="half-width stops"),
        pytest.param("同比增长18.4%,再创新高。", ["同比增长18.4%,再创新高。"], id="decimal point"),
        pytest.param("真的吗？！是的。", ["真的吗？！", "是的。"], id="stop run"),
    ],
)
def test_sentence_split(text: str, sentences: list[str]) -> None:
    layout = analyse_layout(text)
    assert [s.text for s in layout.sentences] == sentences
    assert len(layout.articles) == 1
    assert_offsets(text, layout)


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        pytest.param("开头。\n\n在江苏南通,纺织是刻在城市基因\n\n里的产业印记。\n",
                     ["开头。", "在江苏南通,纺织是刻在城市基因里的产业印记。"], id="next starts with 里的"),
        pytest.param("各项工作扎实推进。展望新图景,必将更\n\n广阔、更多彩。",
                     ["各项工作扎实推进。展望新图景,必将更广阔、更多彩。"], id="running text cut"),
        pytest.param("凝聚上下协同合\n\n力;优化营商环境。", ["凝聚上下协同合力;优化营商环境。"], id="next starts 力;"),
        pytest.param("持续改善空气质量，以PM\n2.5\n浓度持续下降为主线。", ["持续改善空气质量，以PM2.5浓度持续下降为主线。"],
                     id="PM|2.5"),
        pytest.param("依据《\n中华人民共和国著作权法\n》第五条。", ["依据《中华人民共和国著作权法》第五条。"], id="link breaks"),
        pytest.param("听取和审议了国务院总理李强所作的\n政府工作报告\n。会议高度评价。",
                     ["听取和审议了国务院总理李强所作的政府工作报告。会议高度评价。"], id="ends with 的"),
        pytest.param("基本任务是：\n\n（一）\n进一步创造良好环境。", ["基本任务是：", "（一）进一步创造良好环境。"],
                     id="enumerator alone"),
        pytest.param("一是\n认真完善银行体制。", ["一是认真完善银行体制。"], id="一是 alone"),
        pytest.param("文件中提出“双向\n揭榜\n挂帅”的要求。", ["文件中提出“双向揭榜挂帅”的要求。"], id="open quote"),
        pytest.param("国务院工作报告\n\n各位代表：\n现在，我代表国务院。",
                     ["国务院工作报告", "各位代表：", "现在，我代表国务院。"], id="title, salutation: kept"),
        pytest.param("主要做了以下工作：\n一是联合承办运动会。", ["主要做了以下工作：", "一是联合承办运动会。"],
                     id="colon ends"),
        pytest.param("——经济运行缓中趋稳、稳中向好。国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%。",
                     ["——经济运行缓中趋稳、稳中向好。国内生产总值达到74.4万亿元，增长6.7%。"],
                     id="figure broken by a zero-width line (2017 report)"),
        pytest.param("记者从国家统计局获悉，2025年全国粮食总产量\n达到14130亿斤，比上年增加222亿斤。",
                     ["记者从国家统计局获悉，2025年全国粮食总产量达到14130亿斤，比上年增加222亿斤。"],
                     id="hard-wrapped short lines",
                     marks=pytest.mark.xfail(strict=True, reason="a short cut line with a comma looks like a heading")),
    ],
)
def test_paragraph_repair(text: str, paragraphs: list[str]) -> None:
    layout = analyse_layout(text)
    assert [p.text for p in layout.paragraphs] == paragraphs
    assert_offsets(text, layout)


@pytest.mark.parametrize(
    ("text", "dateline", "date", "first_sentence"),
    [
        pytest.param("新华社北京1月25日电（记者 张三）今年以来，增长5%。", "新华社北京1月25日电（记者 张三）", "01-25",
                     "今年以来，增长5%。", id="dateline opening a paragraph"),
        pytest.param("增长5%。\n\n新华社华盛顿12月3日电", "新华社华盛顿12月3日电", "12-03", "增长5%。", id="closing dateline"),
        pytest.param("（上接第1版）增长5%。", None, None, "增长5%。", id="opening marker"),
        pytest.param("增长5%，下降（下转第2版）", None, None, "增长5%，下降", id="closing marker"),
        pytest.param("本报记者 张三 李四\n\n增长5%。", None, None, "增长5%。", id="byline"),
    ],
)
def test_metadata_cut(text: str, dateline: str | None, date: str | None, first_sentence: str) -> None:
    layout = analyse_layout(text)
    assert (layout.dateline, layout.dateline_date) == (dateline, date)
    assert layout.sentences[0].text == first_sentence
    assert_offsets(text, layout)


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param("春耕备耕有序推进\n\n正文一。\n\n新华社北京1月25日电\n\n冰雪经济持续升温\n\n正文二。",
                     ["春耕备耕有序推进", "冰雪经济持续升温"], id="after a dateline"),
        pytest.param("春耕备耕有序推进\n\n正文一。\n\n冰雪经济持续升温\n\n（上接第1版）\n\n正文二。",
                     ["春耕备耕有序推进", "冰雪经济持续升温"], id="marker line follows"),
        pytest.param("春耕备耕有序推进\n\n正文一。\n\n冰雪经济持续升温\n\n本报记者 张三\n\n正文二。",
                     ["春耕备耕有序推进", "冰雪经济持续升温"], id="byline follows"),
        pytest.param("春耕备耕有序推进\n\n正文一。\n\n冰雪经济持续升温\n\n——副标题\n\n正文二。",
                     ["春耕备耕有序推进", "冰雪经济持续升温"], id="subtitle follows"),
        pytest.param("春耕备耕有序推进\n\n正文一。\n\n小标题\n\n正文二。", ["春耕备耕有序推进"], id="section heading"),
        pytest.param("春耕备耕有序推进\n\n正文一。\n\n冰雪经济持续升温\n\n正文二。\n\n新华社北京1月25日电",
                     ["春耕备耕有序推进", "冰雪经济持续升温"], id="no signal before the body",
                     marks=pytest.mark.xfail(strict=True, reason="a headline before plain body reads as a heading")),
    ],
)
def test_article_boundaries(text: str, titles: list[str]) -> None:
    assert [a.title for a in analyse_layout(text).articles] == titles


REPORT = """2026年上海市政府工作报告
——2026年2月3日在上海市第十六届人民代表大会第四次会议上
来源：解放日报
上海市市长 龚 正
各位代表：
现在，我代表上海市人民政府，向大会报告工作，请予审议。
一、2025年工作回顾
2025年是“十四五”规划冲刺收官之年。全市生产总值达到5.67万亿元、增长5.4%。
（一）全力促进经济平稳健康发展
稳增长政策措施加快落地见效。
"""


@pytest.mark.parametrize(
    ("paragraph", "is_heading", "heading"),
    [
        pytest.param("2026年上海市政府工作报告", True, None, id="title"),
        pytest.param("来源：解放日报", False, None, id="header line"),
        pytest.param("现在，我代表上海市人民政府，向大会报告工作，请予审议。", False, None, id="opening"),
        pytest.param("一、2025年工作回顾", True, None, id="part"),
        pytest.param("2025年是“十四五”规划冲刺收官之年。全市生产总值达到5.67万亿元、增长5.4%。", False, "一、2025年工作回顾",
                     id="under part"),
        pytest.param("稳增长政策措施加快落地见效。", False, "（一）全力促进经济平稳健康发展", id="under section"),
    ],
)
def test_report_structure(paragraph: str, is_heading: bool, heading: str | None) -> None:
    layout = analyse_layout(REPORT, title_hint="2026年上海市政府工作报告")
    assert [(a.title, a.kind) for a in layout.articles] == [("2026年上海市政府工作报告", "article")]
    (p,) = [p for p in layout.paragraphs if p.text == paragraph]
    assert (p.is_heading, p.heading) == (is_heading, heading)
    assert not [s for s in layout.sentences if "龚 正" in s.text]  # the signature is a byline


@pytest.mark.parametrize(
    ("text", "hint", "title"),
    [
        pytest.param("各位代表：\n\n现在，我代表国务院。", "2025年政府工作报告", "2025年政府工作报告", id="hint not in text"),
        pytest.param("云南要闻\n2026年政府工作报告\n各位代表：\n现在。", "2026年政府工作报告", "2026年政府工作报告",
                     id="hint is a later line"),
        pytest.param("标题\n\n正文。", None, "标题", id="first line"),
        pytest.param("只有一行", None, None, id="single line: no title"),
        pytest.param("", None, None, id="empty"),
    ],
)
def test_title(text: str, hint: str | None, title: str | None) -> None:
    layout = analyse_layout(text, title_hint=hint)
    assert [a.title for a in layout.articles] == ([title] if text else [])


def test_the_metadata_title_as_first_line_is_not_joined_to_the_body() -> None:
    """A headline with a comma inside looks like a cut line of running text: as the document's own title (the
    metadata's) it stands alone, and its body's first sentence is not read with it."""
    title = "港股午評 | 恒生指數跌 1.93%,智譜逆勢大漲 20.89%"
    text = f"{title}\n龍頭股騰訊控股(700.HK)下跌 3.44%。"
    assert [s.text for s in analyse_layout(text, title_hint=title).sentences][-1] == "龍頭股騰訊控股(700.HK)下跌 3.44%。"
    assert len(analyse_layout(text).sentences) == 1  # without the hint, a cut line of running text



def test_items_of_a_list_and_the_headings_over_the_next():
    """Lines of an infographic page with no final punctuation: a heading-like line (two at most) over an item of a list is
    not the line before it going on; an item (■…) is whole on its line when a heading follows; a short ■ item after
    another is an item, not a heading."""
    text = ("中国答卷\n年初剩余的551万农村贫困人口全部脱贫、52个贫困县全部摘帽\n“十四五”规划目标中的民生关切\n划重点\n"
            "■城镇调查失业率控制在5.5%以内,物价水平保持总体平稳\n■制定促进共同富裕行动纲要\n"
            "■基本养老保险参保率提高到95%,优化社会救助和慈善制度\n2021任务清单\n●国内生产总值增长6%以上")
    paragraphs = analyse_layout(text, title_hint="中国答卷").paragraphs
    assert [p.text for p in paragraphs] == text.split("\n")
    assert [p.text for p in paragraphs if p.text[0] in "■●" and p.is_heading] == []
    assert [p.heading for p in paragraphs][-1] == "2021任务清单"
    text = "■ 2020年成绩单\n■全市生产总值16106亿元，增长3.9%\n■城镇新增就业32万人\n■ 2021年主要目标\n■生产总值增长6.5%以上"
    paragraphs = analyse_layout(text, title_hint="政府工作报告").paragraphs
    assert [p.heading for p in paragraphs][-1] == "■ 2021年主要目标"  # (a short mark's line naming a year: a heading; review)


# --- the shared corpus: one document, one article ------------------------------------------------------------
def corpus_rows(name: str) -> list:
    shared = shared_dir()
    if shared is None:
        return [pytest.param(None, id="shared absent", marks=pytest.mark.skip("shared/ is absent"))]
    lines = (shared / "corpus" / name).read_text(encoding="utf-8").splitlines()
    return [pytest.param(json.loads(line), id=json.loads(line)["id"]) for line in lines]


@pytest.mark.parametrize("row", corpus_rows("gwr_provincial_2026.jsonl"))
def test_provincial_report_layout(row: dict) -> None:
    text = row["text"]
    layout = analyse_layout(text, title_hint=row["title"])
    assert [(a.title, a.kind) for a in layout.articles] == [(row["title"], "article")]
    headings = [p.text for p in layout.paragraphs if p.is_heading]
    assert any(h.startswith(("一、", "（一）")) for h in headings)
    assert_offsets(text, layout)


@pytest.mark.parametrize("row", corpus_rows("gwr_national_1954_2025.jsonl"))
def test_national_report_layout(row: dict) -> None:
    text = row["text"]
    layout = analyse_layout(text, title_hint=row["title"])
    assert len(layout.articles) == 1
    assert_offsets(text, layout)


# --- properties -----------------------------------------------------------------------------------------------
PIECES = list("。！？!?；;，,、：:“”‘’（）()《》▲…—\n\n\t 　") + [
    "新华社北京1月25日电", "（上接第1版）", "(下转第2版)", "新华社记者", "本报记者 张三", "一、", "（一）", "一是",
    "增长5%", "的", "里的", "PM", "2.5", "凝心聚力推动社会工作高质量发展", "\u200b", "\r\n"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=40).map("".join))
def test_layout_never_raises_and_spans_hold(text: str) -> None:
    assert_offsets(text, analyse_layout(text))
