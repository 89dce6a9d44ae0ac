"""The web viewer through Starlette's test client: pages, links between them, escaping, no script."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from service_support import NOT_STORED, build_store
from starlette.testclient import TestClient

from versioning.service import create_app
from versioning.store import open_store


class Page(HTMLParser):
    """The links, ids, scripts and text of a page."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.tags: list[str] = []
        self.classes: list[str] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.tags.append(tag)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if values.get("id"):
            self.ids.add(values["id"] or "")
        self.classes.extend((values.get("class") or "").split())

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    @property
    def words(self) -> str:
        return " ".join(" ".join(self.text).split())


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = build_store(tmp_path_factory.mktemp("viewer"))
    with TestClient(create_app(store.location)) as test_client:
        yield test_client


def open_page(client: TestClient, url: str, status: int = 200) -> Page:
    response = client.get(url)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/html")
    page = Page(response.text)
    assert "script" not in page.tags
    assert "form-action 'self'" in response.text and "default-src 'none'" in response.text
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    return page


def test_the_list_page_lists_and_searches(client: TestClient) -> None:
    page = open_page(client, "/")
    assert "4 resolution(s)" in page.words
    assert "/view/resolutions/A%2FRES%2F73%2F331" in page.links
    found = open_page(client, "/?q=collective&session=75")
    assert "1 resolution(s)" in found.words and "A/RES/75/276" in found.words
    assert "0 resolution(s)" in open_page(client, "/?q=whales").words
    assert "Next page" not in page.words  # four resolutions fit on one page
    assert "A/RES/73/331" not in open_page(client, "/?page=2").words
    open_page(client, "/?page=0", 400)


def test_a_resolution_page_shows_editions_timeline_and_gaps(client: TestClient) -> None:
    page = open_page(client, "/view/resolutions/A/RES/79/10")
    assert "A/RES/77/13" in page.words and "not held" in page.words  # the gap
    assert "gap" in page.classes and "timeline" in page.classes
    assert any(link.startswith("/view/redline?old=A%2FRES%2F75%2F276") for link in page.links)
    assert "/view/blame/A%2FRES%2F79%2F10" in page.links
    reissue = open_page(client, "/view/resolutions/A/RES/67/6")
    assert "known, not held" in reissue.words


def test_an_edition_page_anchors_every_clause(client: TestClient) -> None:
    page = open_page(client, "/view/editions/A/RES/79/10")
    assert {"pp1", "op1"} <= page.ids
    assert "#op1" in page.links


def test_a_redline_links_each_change_to_its_clause_in_both_editions(client: TestClient) -> None:
    page = open_page(client, "/view/redline?old=A/RES/75/276&new=A/RES/79/10")
    assert {"redline-inline", "redline-side"} <= page.ids
    clause_links = [link for link in page.links if link.startswith("/view/editions/")]
    assert clause_links
    targets: dict[str, set[str]] = {}
    for link in clause_links:
        path, fragment = urlsplit(link).path, urlsplit(link).fragment
        if path not in targets:
            targets[path] = open_page(client, path).ids
        assert fragment in targets[path], link
    editions = {unquote(path).removeprefix("/view/editions/").split("@")[0] for path in targets}
    assert editions == {"A/RES/75/276", "A/RES/79/10"}


def test_the_redline_filters_by_class(client: TestClient) -> None:
    everything = open_page(client, "/view/redline?old=A/RES/73/331&new=A/RES/75/276")
    substantive = open_page(client, "/view/redline?old=A/RES/73/331&new=A/RES/75/276&class=substantive")
    assert "Showing 4 of 19 changes" in substantive.words
    assert substantive.classes.count("change") < everything.classes.count("change")
    articles = substantive.classes.count("change")
    assert articles and substantive.classes.count("class-substantive") >= articles
    assert "class-routine" not in substantive.classes and "class-editorial" not in substantive.classes
    assert "class-routine" in everything.classes


def test_blame_page_links_each_paragraph(client: TestClient) -> None:
    page = open_page(client, "/view/blame/A/RES/79/10")
    assert "First appears" in page.words
    assert any(link.endswith("#op1") for link in page.links)


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/view/resolutions/A/RES/99/9", 404, "A/RES/99/9"),
        ("/view/editions/..%2Fetc%2Fpasswd", 400, "passwd"),
        ("/view/redline?old=A/RES/75/276", 400, "new"),
        ("/view/redline?old=A/RES/75/276&new=A/RES/79/10&class=bogus", 400, "bogus"),
        ("/view/nowhere", 404, "Not Found"),
    ],
)
def test_viewer_errors_are_pages_with_the_message(
    client: TestClient, url: str, status: int, words: str
) -> None:
    page = open_page(client, url, status)
    assert words in page.words and "Traceback" not in page.words


def test_words_from_requests_are_escaped(client: TestClient) -> None:
    response = client.get("/?q=%3Cscript%3Ealert(1)%3C/script%3E")
    assert "<script>" not in response.text and "&lt;script&gt;" in response.text


def test_the_pages_carry_the_report_look_print_and_phone_styles(client: TestClient) -> None:
    text = client.get("/").text
    assert "@media print" in text and "@media (max-width" in text and 'name="viewport"' in text
    assert "--del-ink" in text  # the redline report's stylesheet


def test_the_list_pages_through_many_resolutions(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from versioning.service import viewer

    monkeypatch.setattr(viewer, "LIST_PAGE_SIZE", 3)
    first = open_page(client, "/?q=cooperation")
    assert "Next page" in first.words and "Previous page" not in first.words
    assert "/?q=cooperation&page=2" in first.links
    second = open_page(client, "/?q=cooperation&page=2")
    assert "A/RES/79/10" in second.words and "A/RES/67/6" not in second.words
    assert "Previous page" in second.words and "Next page" not in second.words


VIEWER_PAGES = (
    "/",
    "/view/resolutions/A/RES/75/276",
    "/view/editions/A/RES/67/6@2013-07-15",
    "/view/redline?old=A/RES/73/331&new=A/RES/75/276",
    "/view/blame/A/RES/75/276",
)


@pytest.mark.parametrize("url", VIEWER_PAGES)
def test_pages_are_revalidated_and_not_rebuilt_while_the_store_is_unchanged(
    client: TestClient, url: str
) -> None:
    first = client.get(url)
    assert first.status_code == 200 and first.headers["cache-control"] == "no-cache"
    tag = first.headers["etag"]
    again = client.get(url, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b""
    assert "content-security-policy" in again.headers
    assert client.get(url).text == first.text  # kept for the store's tip: the same page


def test_a_write_changes_every_pages_tag(tmp_path: Path) -> None:
    store = build_store(tmp_path)
    series = "/view/resolutions/A/RES/75/276"
    with TestClient(create_app(store.location)) as fresh:
        before = {url: fresh.get(url) for url in ("/", series)}
        assert "A/RES/77/13@" not in before[series].text, "77/13 is a gap of the series"
        open_store(store.location).add([NOT_STORED])
        for url, page in before.items():
            response = fresh.get(url, headers={"If-None-Match": page.headers["etag"]})
            assert response.status_code == 200 and response.headers["etag"] != page.headers["etag"]
        assert "A/RES/77/13@" in fresh.get(series).text  # held now
