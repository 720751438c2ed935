"""No fact inside web or e-mail addresses, handles, code or product model names."""

from __future__ import annotations

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.extract import extract_facts
from reader_app.core.facts.protected import protected_spans
from reader_app.core.segmentation import split_sentences


def facts(text: str, lang: str = "en") -> list[tuple[str, str]]:
    passage = Passage(PassageRole.ARTICLE, text, lang, split_sentences(text, lang))
    return [(str(fact.kind), fact.text) for fact in extract_facts(passage)]


def test_protected_stretches() -> None:
    text = (
        "See https://example.com/2024/05/report%28final%29, usa.visa.com/pay and jane.doe@example.com; "
        "follow @user2024 and run `max_users = 5000` on an iPhone 15 Pro, a Galaxy S24 or a Mate70."
    )
    spans = protected_spans(text)
    assert [text[start:end] for start, end in spans.spans] == [
        "https://example.com/2024/05/report%28final%29",
        "usa.visa.com/pay",
        "jane.doe@example.com",
        "@user2024",
        "`max_users = 5000`",
        "iPhone 15 Pro",
        "Galaxy S24",
        "Mate70",
    ]
    assert spans.overlaps(text.index("2024"), text.index("2024") + 4)
    assert not spans.overlaps(0, 3)


def test_dates_periods_and_company_domains_stay_open() -> None:
    text = "In FY2024 and Q3 2024, on March 15, the G20 met; JD.com and 99fang.com grew; Boeing 2024 plans."
    assert protected_spans(text).spans == []


def test_no_fact_inside_addresses_handles_code_or_models() -> None:
    text = (
        "Read https://example.com/2024/05/50%-off or write to sales2024@example.com; @Reuters2024 posted it. "
        "The iPhone 15 sold 3 million units and `retries = 12` stayed."
    )
    found = facts(text)
    assert found == [("count", "3 million units")]
    # 销量 links to the count through 达 (labelling.md: noun first), the model name stays out
    assert facts("华为Mate70手机销量达100万台，访问www.huawei.com/cn/2024了解。", "zh") == [("count", "销量达100万台")]
