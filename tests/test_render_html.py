"""The HTML redline: structure and escaping read from the source, then the page as a reader sees it in a
real headless Chromium (Debian's ``chromium`` and ``chromium-driver``, driven by Selenium)."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from browser_support import needs_browser, start_chromium
from render_cases import (  # beside the tests (pytest puts tests/ on the path)
    documents_for_every_kind,
    every_kind,
    renumbering,
)

from versioning.diff import diff_editions
from versioning.diff.changes import ChangeList
from versioning.identifiers import ClauseId
from versioning.model import Paragraph
from versioning.parsing import parse_edition
from versioning.render import render
from versioning.render.html import PageSection, render_html_page, render_redline_fragment

sys.path.insert(0, str(Path(__file__).parent / "cases" / "diff"))
import build_cases  # the diff cases' own builder, beside them


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the page's visible-ish text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> _Elements:
    elements = _Elements()
    elements.feed(page)
    elements.close()
    return elements


def differences_only(changes: ChangeList) -> ChangeList:
    return ChangeList(changes.old, changes.new, changes.differences)


def test_the_page_loads_nothing_and_runs_no_script() -> None:
    page = render(every_kind(), "html")
    elements = parse(page)
    names = {tag for tag, _ in elements.tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed", "form"}
    for tag, attrs in elements.tags:
        assert "src" not in attrs, tag
        assert not any(name.startswith("on") for name in attrs), tag
        if "href" in attrs:
            assert (attrs["href"] or "").startswith("#"), attrs
    policy = next(
        attrs["content"]
        for tag, attrs in elements.tags
        if attrs.get("http-equiv") == "Content-Security-Policy"
    )
    assert policy is not None and policy.startswith("default-src 'none'")
    assert "url(" not in page and "@import" not in page


def test_words_are_escaped() -> None:
    page = render(every_kind(), "html")
    assert "&lt;in Central Asia&gt; &amp; beyond" in page
    assert "<b>bold</b>" not in page and "&lt;b&gt;bold&lt;/b&gt;" in page
    elements = parse(page)
    assert "<in Central Asia> & beyond" in "".join(elements.text)  # what a reader sees
    assert not {tag for tag, _ in elements.tags} & {"in", "b"}


def test_ids_are_unique_and_links_point_at_them() -> None:
    page = render_html_page(
        "Series",
        [
            PageSection("first", "67/6 -> 73/331", render_redline_fragment(every_kind(), anchor="first")),
            PageSection(
                "second", "73/331 -> 75/276", render_redline_fragment(renumbering(), anchor="second")
            ),
        ],
    )
    elements = parse(page)
    ids = Counter(attrs["id"] for _, attrs in elements.tags if "id" in attrs)
    assert ids and max(ids.values()) == 1
    targets = {(attrs["href"] or "")[1:] for tag, attrs in elements.tags if tag == "a"}
    assert targets <= set(ids)
    assert {"first", "second", "first-inline", "second-side"} <= targets  # contents and per-redline views


def test_summary_counts_match_the_change_list() -> None:
    changes = every_kind()
    page = render(changes, "html")
    summary = changes.summary()
    assert f'data-total="{summary["total"]}">17 differences</strong>' in page
    for kind, count in summary["by_kind"].items():
        assert f'<dd data-kind="{kind}">{count}</dd>' in page
    for name, count in summary["by_class"].items():
        assert f'<dd data-class="{name}">{count}</dd>' in page


def test_side_by_side_with_the_documents_shows_every_clause() -> None:
    old, new = documents_for_every_kind()
    page = render(differences_only(every_kind()), "html", old=old, new=new)
    side = page[page.index('id="redline-side"') :]
    for clause in (*old.paragraphs(), *new.paragraphs()):
        assert clause.id in side
    folded = re.search(
        r'<details class="unchanged"><summary>2 unchanged clauses \(pp1 .. pp2\)</summary>', side
    )
    assert folded is not None
    assert "Having considered the report of the Secretary-General" in side  # an unmentioned clause's words
    removed = side.index("Welcoming also the steps taken")
    assert side.index("Acknowledging the importance") < removed < side.index("Operative part")


def test_side_by_side_marks_the_place_a_moved_clause_left() -> None:
    old, new = documents_for_every_kind()
    page = render(differences_only(every_kind()), "html", old=old, new=new)
    side = page[page.index('id="redline-side"') :]
    vacated = re.search(
        r'<span class="clause">op7</span><span class="badge kind-moved">moved</span>'
        r' now <a href="#([^"]+)">op6</a>',
        side,
    )
    assert vacated is not None
    target = side.index(f'id="{vacated.group(1)}"')
    assert side[target:].startswith(f'id="{vacated.group(1)}"><span class="clause">op6</span>')
    renumbered = side.index("Decides to include in the provisional agenda")
    assert target < renumbered < vacated.start()  # new place above, the place it left below op6 -> op7


def test_side_by_side_without_the_documents_shows_the_changes() -> None:
    page = render(differences_only(every_kind()), "html")
    side = page[page.index('id="redline-side"') :]
    assert "Having considered" not in side
    assert side.count('class="cell old absent"') == 2  # the added preambular clause and footnote
    assert side.count('class="cell new absent"') == 1  # the removed preambular clause


# --- in a real browser ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A headless Chromium with a fresh profile, logging the console and the network."""
    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile"), logs=("browser", "performance"))
    driver.get("about:blank")  # leave the browser's own start page before the network log is read
    try:
        yield driver
    finally:
        driver.quit()


@dataclass
class OpenedPage:
    """A page opened in the browser, with what the browser logged while loading it."""

    driver: Any
    url: str
    requests: dict[str, str]  # request id -> URL, for every request made by or for the page
    failed: list[str]  # URLs of the page's requests that failed
    console_errors: list[str]


def open_page(driver: Any, page_html: str, folder: Path) -> OpenedPage:
    """Write the page to a file, open it, and read the network and console logs of its loading."""
    path = folder / "redline.html"
    path.write_text(page_html, encoding="utf-8")
    driver.get_log("performance")  # start both logs afresh
    driver.get_log("browser")
    driver.get(path.as_uri())
    url = driver.current_url
    requests: dict[str, str] = {}
    failed_ids: list[str] = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message["params"]
        if message["method"] == "Network.requestWillBeSent":
            if url in (params.get("documentURL"), params["request"]["url"]):
                requests[params["requestId"]] = params["request"]["url"]
        elif message["method"] == "Network.loadingFailed":
            failed_ids.append(params["requestId"])
    failed = [requests[request] for request in failed_ids if request in requests]
    errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    return OpenedPage(driver, url, requests, failed, errors)


@pytest.fixture(scope="module")
def opened(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> OpenedPage:
    """The redline of every kind of change, whole documents side by side, opened from a file."""
    old, new = documents_for_every_kind()
    page_html = render(differences_only(every_kind()), "html", old=old, new=new)
    return open_page(browser, page_html, tmp_path_factory.mktemp("redline"))


@pytest.fixture
def page(opened: OpenedPage) -> Any:
    """The browser showing the every-kind redline (opened again if another test navigated away)."""
    if opened.driver.current_url != opened.url:
        opened.driver.get(opened.url)
    return opened.driver


def _visible(driver: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return [element for element in driver.find_elements(By.CSS_SELECTOR, selector) if element.is_displayed()]


@pytest.mark.slow
@needs_browser
def test_browser_shows_insertions_and_deletions_as_such(page: Any) -> None:
    insertions = [element.text for element in _visible(page, "#redline-inline ins")]
    deletions = [element.text for element in _visible(page, "#redline-inline del")]
    assert "Encourages" in insertions and "significant practical" in insertions
    assert "Invites" in deletions and "sixty-ninth" in deletions
    inserted = _visible(page, "#redline-inline ins")[0]
    deleted = _visible(page, "#redline-inline del")[0]
    assert "underline" in inserted.value_of_css_property("text-decoration-line")
    assert "line-through" in deleted.value_of_css_property("text-decoration-line")
    assert inserted.value_of_css_property("color") != deleted.value_of_css_property("color")


@pytest.mark.slow
@needs_browser
def test_browser_shows_the_summary_numbers(page: Any) -> None:
    summary = every_kind().summary()
    assert _visible(page, "[data-total]")[0].text == f"{summary['total']} differences"
    for kind, count in summary["by_kind"].items():
        assert _visible(page, f'dd[data-kind="{kind}"]')[0].text == str(count)
    for name, count in summary["by_class"].items():
        assert _visible(page, f'dd[data-class="{name}"]')[0].text == str(count)
    assert _visible(page, ".summary .highest")[0].text == "substantive"


@pytest.mark.slow
@needs_browser
def test_browser_labels_moved_and_renumbered_clauses(page: Any) -> None:
    moved = _visible(page, "#redline-inline .kind-moved .change-head")
    assert moved and moved[0].text.startswith("op7 → op6") and "moved" in moved[0].text
    renumbered = [element.text for element in _visible(page, "#redline-inline .kind-renumbered .change-head")]
    assert any(text.startswith("pp4 → pp5") and "renumbered" in text for text in renumbered)
    assert _visible(page, "#redline-inline .badge.kind-split") and _visible(
        page, "#redline-inline .badge.kind-merged"
    )


@pytest.mark.slow
@needs_browser
def test_browser_puts_the_two_editions_side_by_side_and_folds_unchanged_clauses(page: Any) -> None:
    from selenium.webdriver.common.by import By

    old_cell = _visible(page, "#redline-side .cell.old del")[0]
    new_cell = _visible(page, "#redline-side .cell.new ins")[0]
    assert old_cell.location["x"] < new_cell.location["x"]
    folded = page.find_element(By.CSS_SELECTOR, "#redline-side details.unchanged")
    clause = folded.find_element(By.CSS_SELECTOR, ".cell.new")
    assert not clause.is_displayed()
    folded.find_element(By.TAG_NAME, "summary").click()  # <details> opens without any script
    assert clause.is_displayed() and "Having considered" in clause.text


@pytest.mark.slow
@needs_browser
def test_browser_makes_no_network_request_and_logs_no_error(opened: OpenedPage) -> None:
    assert list(opened.requests.values()) == [opened.url]  # the page itself, nothing else
    assert opened.failed == []
    assert opened.console_errors == []
    assert opened.driver.execute_script("return performance.getEntriesByType('resource').length") == 0


@pytest.mark.slow
@needs_browser
def test_browser_shows_a_real_redline(browser: Any, tmp_path: Path) -> None:
    """A/RES/67/6 (the founding document) -> A/RES/73/331, parsed from the corpus and diffed."""
    corpus = Path(__file__).parents[1].parent / "shared" / "corpus" / "csto"
    old = parse_edition(corpus / "A-RES-67-6.reissue-2013-07-15.txt")
    new = parse_edition(corpus / "A-RES-73-331.pymupdf.txt")
    changes = diff_editions(old, new)
    real = open_page(browser, render(changes, "html", old=old, new=new), tmp_path)
    assert list(real.requests.values()) == [real.url] and real.failed == [] and real.console_errors == []
    total = _visible(browser, "[data-total]")[0]
    assert total.get_attribute("data-total") == str(len(changes.differences))
    insertions = " ".join(element.text for element in _visible(browser, "#redline-inline ins"))
    assert "significant practical" in insertions or "practical contribution" in insertions
    side_columns = {element.location["x"] for element in _visible(browser, "#redline-side .column-head")}
    assert len(side_columns) == 2


@pytest.mark.slow
@needs_browser
def test_the_network_check_catches_a_page_that_loads_something(browser: Any, tmp_path: Path) -> None:
    """The check above is able to fail: a page with a remote image is caught by it."""
    leaky = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><img src="https://example.invalid/a.png">'
    opened = open_page(browser, leaky, tmp_path)
    assert "https://example.invalid/a.png" in opened.requests.values()
    assert opened.failed == ["https://example.invalid/a.png"] and opened.console_errors


def test_a_hostile_change_list_cannot_inject_markup() -> None:
    """Every field may come from a JSON file someone else wrote: none of it becomes markup."""
    from versioning.diff.changes import Baseline, Change

    hostile = '"><script>alert(1)</script><img src=x onerror=alert(1)>'
    change = Change(
        hostile, hostile, hostile, hostile, True, False, change_class="substantive",
        reason=f"substantive: {hostile}", words=((-1, hostile), (1, hostile)),
    )  # fmt: skip
    changes = ChangeList(Baseline(hostile, hostile, hostile), Baseline(hostile, None), (change,))
    elements = parse(render(changes, "html"))
    assert {tag for tag, _ in elements.tags} <= {
        "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "h4", "section", "p",
        "span", "strong", "div", "dl", "dt", "dd", "nav", "a", "article", "del", "ins",
    }  # fmt: skip
    assert not any(name.startswith("on") for _, attrs in elements.tags for name in attrs)


def test_side_by_side_marks_the_place_a_clause_moved_to_the_preamble_left_in_the_operative_part() -> None:
    # a decision recalled as a recital (A/RES/79/186 op10 -> pp8 of its successor, a held-back pair; here
    # constructed from the diff cases' base): the place it left is in the operative part, and points up
    base = build_cases.load_base()
    recalled = Paragraph(
        ClauseId.parse("pp16"),
        "Recalling that, in its resolution 67/6, it encouraged both organizations to continue to examine "
        "possible ways to enhance their cooperation in the area of peacekeeping,",
        "Recalling",
        (),
        None,
    )
    new = replace(
        base,
        preamble=(*base.preamble, recalled),
        operative=build_cases.renumbered([*base.operative[:6], *base.operative[7:]], "op"),
    )
    page = render(diff_editions(base, new), "html", old=base, new=new)
    side = page[page.index('id="redline-side"') :]
    vacated = re.search(
        r'<span class="clause">op7</span><span class="badge kind-moved">moved</span>'
        r' now <a href="#([^"]+)">pp16</a>',
        side,
    )
    assert vacated is not None
    target = side.index(f'id="{vacated.group(1)}"')
    assert target < side.index("Operative part") < vacated.start()
