import threading

from reader_app.core import japanese_morphology
from reader_app.core.japanese_morphology import analyse, available


def test_names_titles_and_counters_are_separate_words() -> None:
    assert available()
    text = "メルカリの山田進太郎社長は、月間利用者数が2300万人を超えた。"
    words = analyse(text)
    assert [word.surface for word in words][:5] == ["メルカリ", "の", "山田", "進太郎", "社長"]
    family, given = words[2], words[3]
    assert family.is_family_name and given.is_given_name
    assert not words[4].is_proper_noun
    assert all(text[word.start : word.end] == word.surface for word in words)


def test_dictionary_form_and_reading() -> None:
    words = analyse("超えた")
    assert words[0].dictionary_form == "超える"
    assert words[0].reading == "コエ"


def test_offsets_hold_across_chunks_and_astral_characters() -> None:
    sentence = "トヨタ自動車の豊田章男会長は😀名古屋市で述べた。\n"
    text = sentence * 2000  # far over Sudachi's per-call limit of 49,149 bytes
    words = analyse(text)
    assert all(text[word.start : word.end] == word.surface for word in words)
    assert sum(1 for word in words if word.surface == "名古屋市") == 2000
    assert words[-1].end == len(text)


def test_each_thread_gets_its_own_tokenizer() -> None:
    results: list[list[str]] = []

    def work() -> None:
        for _ in range(20):
            results.append([word.surface for word in analyse("総務省と金融庁は東京都で発表した。")])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 80 and all(result == results[0] for result in results)


def test_empty_text_and_unavailable_dictionary() -> None:
    assert analyse("") == []
    missing = japanese_morphology._Analyser()
    missing._failed = True
    assert not missing.available()
    assert missing.analyse("東京", "C") == []
