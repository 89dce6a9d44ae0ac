"""The HTTP API through Starlette's test client, on a store built from the corpus."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import jsonschema
import pytest
from service_support import CSTO, NOT_STORED, TOKEN, build_store
from starlette.testclient import TestClient

from versioning.service import ServiceLimits, create_app
from versioning.service.openapi import openapi_document

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(build_store(tmp_path_factory.mktemp("service")).location)


@pytest.fixture(scope="module")
def client(store_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store_path, token=TOKEN), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def fresh_client(tmp_path: Path) -> Iterator[TestClient]:
    """A client over a store of its own, for tests that write."""
    store = build_store(tmp_path)
    limits = ServiceLimits(max_body_bytes=2_000_000)
    with TestClient(create_app(store.location, token=TOKEN, limits=limits)) as test_client:
        yield test_client


def schema_of(name: str) -> dict[str, object]:
    """A component of the OpenAPI document, resolvable on its own."""
    document = openapi_document()
    return {"$ref": f"#/components/schemas/{name}", "components": document["components"]}


def validate(instance: object, name: str) -> None:
    jsonschema.validate(instance, schema_of(name))


def assert_problem(response: object, status: int, *words: str) -> None:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    assert response.headers["content-type"] == PROBLEM  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    validate(body, "Problem")
    assert body["status"] == status
    assert "\n" not in body["detail"] and "Traceback" not in body["detail"]
    for word in words:
        assert word in body["detail"]


def test_health_says_whether_writes_are_enabled(client: TestClient, store_path: Path) -> None:
    assert client.get("/health").json() == {"status": "ok", "version": "0.1.0", "writes": True}
    with TestClient(create_app(store_path)) as read_only:
        assert read_only.get("/health").json()["writes"] is False


def test_resolutions_are_listed_in_order_with_filters_and_pages(client: TestClient) -> None:
    listing = client.get("/resolutions").json()
    validate(listing, "ResolutionList")
    assert [item["symbol"] for item in listing["items"]] == [
        "A/RES/67/6",
        "A/RES/73/331",
        "A/RES/75/276",
        "A/RES/79/10",
    ]
    assert client.get("/resolutions?session=73").json()["items"][0]["symbol"] == "A/RES/73/331"
    assert client.get("/resolutions?session=74").json()["total"] == 0
    assert client.get("/resolutions?q=collective+SECURITY").json()["total"] == 4
    assert client.get("/resolutions?q=security+whales").json()["total"] == 0
    agenda = listing["items"][0]["agenda_items"][0].split()[0]
    assert client.get(f"/resolutions?agenda_item={agenda}").json()["total"] >= 1
    page = client.get("/resolutions?limit=2&offset=1").json()
    assert [item["symbol"] for item in page["items"]] == ["A/RES/73/331", "A/RES/75/276"]
    assert page["total"] == 4


@pytest.mark.parametrize(
    ("query", "words"),
    [("session=abc", "session"), ("limit=0", "limit"), ("limit=501", "limit"), ("offset=-1", "offset")],
)
def test_bad_list_parameters_are_400(client: TestClient, query: str, words: str) -> None:
    assert_problem(client.get(f"/resolutions?{query}"), 400, words)


def test_a_resolution_shows_its_editions_and_series_with_gaps(client: TestClient) -> None:
    for path in ("/resolutions/A/RES/79/10", "/resolutions/" + quote("A/RES/79/10", safe="")):
        record = client.get(path).json()
        validate(record, "Resolution")
        assert record["editions"][0]["reference"] == "A/RES/79/10@2024-11-19"
        members = {member["symbol"]: member["held"] for member in record["series"]["members"]}
        assert members["A/RES/73/331"] is True
        assert members["A/RES/77/13"] is False  # a gap: cited, not held


def test_a_reissue_tells_of_its_original(client: TestClient) -> None:
    record = client.get("/resolutions/A/RES/67/6").json()
    assert [k["reference"] for k in record["known_editions"]] == ["A/RES/67/6@2013-01-31"]


def test_an_edition_is_its_canonical_json_byte_for_byte(client: TestClient, store_path: Path) -> None:
    from versioning.store import open_store

    expected = open_store(store_path).read_document_bytes("A/RES/67/6@2013-07-15")
    for ref in ("A/RES/67/6@2013-07-15", quote("A/RES/67/6@2013-07-15", safe=""), "A/RES/67/6@reissue"):
        response = client.get(f"/editions/{ref}")
        assert response.status_code == 200
        assert response.content == expected
        assert response.headers["content-type"] == "application/json"
    validate(json.loads(expected), "Resolution_document")


def test_an_edition_source_is_the_stored_bytes(client: TestClient) -> None:
    response = client.get("/editions/A/RES/67/6@2013-07-15?source")
    assert response.content == (CSTO / "A-RES-67-6.reissue-2013-07-15.txt").read_bytes()
    assert response.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/editions/A/RES/67/7", 404, "A/RES/67/7"),
        ("/editions/A/RES/67/6@2001-01-01", 404, "2013-07-15"),
        ("/editions/A/RES/67/6@yesterday", 400, "yesterday"),
        ("/editions/etc/passwd", 400, "etc/passwd"),
        ("/editions/..%2F..%2Fetc%2Fpasswd", 400, "passwd"),
        ("/editions/pyproject.toml", 400, "pyproject.toml"),
        ("/resolutions/A/RES/99/1", 404, "A/RES/99/1"),
        ("/resolutions/not-a-symbol", 400, "not-a-symbol"),
        ("/series/A/RES/nope", 400, "nope"),
        ("/blame/A/RES/99/1", 404, "A/RES/99/1"),
        ("/nowhere", 404, "Not Found"),
    ],
)
def test_bad_references_are_problems_never_file_reads(
    client: TestClient, path: str, status: int, words: str
) -> None:
    assert_problem(client.get(path), status, words)


def test_a_method_not_allowed_is_a_problem(client: TestClient) -> None:
    assert_problem(client.delete("/resolutions"), 405)


def test_editions_named_by_date_are_cached_for_ever(client: TestClient) -> None:
    fixed = client.get("/editions/A/RES/67/6@2013-07-15")
    assert "immutable" in fixed.headers["cache-control"]
    tag = fixed.headers["etag"]
    again = client.get("/editions/A/RES/67/6@2013-07-15", headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b""
    latest = client.get("/editions/A/RES/67/6")
    assert latest.headers["cache-control"] == "no-cache"
    assert client.get("/editions/A/RES/67/6?source").headers["etag"] != latest.headers["etag"]


def test_lists_are_revalidated(client: TestClient) -> None:
    listing = client.get("/resolutions")
    assert listing.headers["cache-control"] == "no-cache"
    again = client.get("/resolutions", headers={"If-None-Match": listing.headers["etag"]})
    assert again.status_code == 304
    assert client.get("/resolutions?session=73").headers["etag"] != listing.headers["etag"]


def test_diff_of_two_stored_editions_in_every_format(client: TestClient) -> None:
    query = "old=A/RES/73/331@original&new=A/RES/75/276"
    changes = client.get(f"/diff?{query}").json()
    validate(changes, "ChangeList")
    assert changes["old"]["symbol"] == "A/RES/73/331" and changes["changes"]
    for format, media in (("html", "text/html"), ("markdown", "text/markdown"), ("text", "text/plain")):
        response = client.get(f"/diff?{query}&format={format}")
        assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    assert "<del>" in client.get(f"/diff?{query}&format=html").text


def test_an_edition_as_akoma_ntoso_reads_back_to_the_same_document(client: TestClient) -> None:
    from versioning.canonical import canonical_json
    from versioning.interop.akn_read import read_akn

    response = client.get("/editions/A/RES/67/6@2013-07-15?format=akn")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/akn+xml"
    assert "immutable" in response.headers["cache-control"]
    stored = client.get("/editions/A/RES/67/6@2013-07-15").json()
    back = json.loads(canonical_json(read_akn(response.content, name="response")))
    assert {**back, "source": None} == {**stored, "source": None}  # the source is the stored text's
    assert response.headers["etag"] != client.get("/editions/A/RES/67/6@2013-07-15").headers["etag"]
    assert_problem(client.get("/editions/A/RES/67/6?format=docx"), 400, "format")


def test_diff_as_a_word_redline_is_a_file_whose_revisions_give_both_editions(client: TestClient) -> None:
    from docx_revisions import shown_paragraphs

    response = client.get("/diff?old=A/RES/73/331@original&new=A/RES/75/276&format=docx")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert response.headers["content-disposition"] == 'attachment; filename="redline.docx"'
    accepted = " ".join(p.text for p in shown_paragraphs(response.content, "accept"))
    rejected = " ".join(p.text for p in shown_paragraphs(response.content, "reject"))
    new = client.get("/editions/A/RES/75/276").json()
    old = client.get("/editions/A/RES/73/331@original").json()
    assert new["operative"][-1]["text"] in accepted and new["operative"][-1]["text"] not in rejected
    assert old["operative"][-1]["text"] in rejected and old["operative"][-1]["text"] not in accepted


def test_diff_of_fixed_editions_is_cached_for_ever(client: TestClient) -> None:
    latest = {item["symbol"]: item["latest"] for item in client.get("/resolutions").json()["items"]}
    old, new = latest["A/RES/73/331"], latest["A/RES/75/276"]
    assert "@" in old and "@" in new
    fixed = client.get(f"/diff?old={old}&new={new}")
    assert fixed.status_code == 200, fixed.text
    assert "immutable" in fixed.headers["cache-control"]
    assert client.get("/diff?old=A/RES/73/331&new=A/RES/75/276").headers["cache-control"] == "no-cache"


def test_diff_needs_both_references_and_a_known_format(client: TestClient) -> None:
    assert_problem(client.get("/diff?old=A/RES/73/331"), 400, "new")
    assert_problem(client.get("/diff?old=A/RES/73/331&new=A/RES/75/276&format=pdf"), 400, "format")
    assert_problem(client.get("/diff?old=./pyproject.toml&new=A/RES/75/276"), 400, "pyproject")


def test_diff_of_two_uploads_stores_nothing(client: TestClient, store_path: Path) -> None:
    old = (CSTO / "A-RES-75-276.pymupdf.txt").read_bytes()
    new = NOT_STORED.read_bytes()
    response = client.post("/diff", files={"old": ("a.txt", old), "new": ("b.txt", new)})
    assert response.status_code == 200, response.text
    changes = response.json()
    validate(changes, "ChangeList")
    assert changes["new"]["symbol"] == "A/RES/77/13"
    assert client.get("/resolutions/A/RES/77/13").status_code == 404


def test_diff_of_uploads_reports_a_bad_file_by_name(client: TestClient) -> None:
    response = client.post("/diff", files={"old": ("a.txt", b"hello\n"), "new": ("b.txt", b"world\n")})
    assert_problem(response, 400, "a.txt")
    assert_problem(client.post("/diff", files={"old": ("a.txt", b"x")}), 400, "new")
    assert_problem(client.post("/diff", content=b"x"), 400, "multipart")


def test_series_lists_members_gaps_and_successive_diffs(client: TestClient) -> None:
    record = client.get("/series/A/RES/79/10").json()
    validate(record, "SeriesWithSteps")
    assert [step["new"]["symbol"] for step in record["steps"]] == [
        "A/RES/73/331",
        "A/RES/75/276",
        "A/RES/79/10",
    ]
    assert record["steps"][-1]["gaps"] == ["A/RES/77/13"]


def test_blame_is_the_cli_blame(
    client: TestClient, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from versioning.cli import main

    record = client.get("/blame/A/RES/79/10").json()
    validate(record, "Lineage")
    assert record["reference"] == "A/RES/79/10@2024-11-19"
    assert main(["--store", str(store_path), "blame", "A/RES/79/10", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == record


def test_check_an_upload_against_the_store(client: TestClient) -> None:
    response = client.post("/check", content=NOT_STORED.read_bytes())
    assert response.status_code == 200, response.text
    record = response.json()
    validate(record, "CheckReport")
    assert record["files"][0]["predecessor"].startswith("A/RES/75/276")
    assert isinstance(record["passed"], bool)
    assert_problem(client.post("/check", content=b"not a resolution\n"), 400, "upload")


def test_writes_need_the_token(client: TestClient, store_path: Path) -> None:
    data = NOT_STORED.read_bytes()
    missing = client.post("/editions", content=data)
    assert_problem(missing, 401, "bearer")
    assert missing.headers["www-authenticate"].startswith("Bearer")
    assert_problem(client.post("/editions", content=data, headers={"Authorization": "Bearer wrong"}), 403)
    with TestClient(create_app(store_path)) as read_only:
        response = read_only.post("/editions", content=data, headers={"Authorization": f"Bearer {TOKEN}"})
        assert_problem(response, 403, "disabled")
    assert client.get("/resolutions/A/RES/77/13").status_code == 404


def test_add_then_already_stored_then_conflict(fresh_client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    data = NOT_STORED.read_bytes()
    added = fresh_client.post("/editions?name=A-RES-77-13.txt", content=data, headers=auth)
    assert added.status_code == 201, added.text
    validate(added.json(), "AddResult")
    assert added.json()["reference"] == "A/RES/77/13@2022-11-25"
    assert added.headers["location"] == "/editions/A/RES/77/13@2022-11-25"
    assert fresh_client.get(added.headers["location"]).status_code == 200
    again = fresh_client.post("/editions", files={"file": ("x.txt", data)}, headers=auth)
    assert again.status_code == 200 and again.json()["status"] == "already stored"
    changed = data.replace(b"Welcomes", b"Regrets", 1)
    assert changed != data
    assert_problem(fresh_client.post("/editions", content=changed, headers=auth), 409, "A/RES/77/13")
    assert_problem(fresh_client.post("/editions", content=b"junk\n", headers=auth), 400)


def test_a_different_text_replaces_the_stored_one_when_asked(fresh_client: TestClient) -> None:
    """``?replace=true`` is ``add --replace``: a new commit whose text is the new one, the old text kept in
    the history; without it, the same upload is a conflict and the store keeps its text."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    data = NOT_STORED.read_bytes()
    added = fresh_client.post("/editions", content=data, headers=auth)
    assert added.status_code == 201
    added_commit = added.json()["commit"]
    first = fresh_client.get("/editions/A/RES/77/13").json()
    changed = data.replace(b"Welcomes", b"Regrets", 1)
    assert_problem(fresh_client.post("/editions", content=changed, headers=auth), 409, "A/RES/77/13")
    assert fresh_client.get("/editions/A/RES/77/13").json() == first
    replaced = fresh_client.post("/editions?replace=true", content=changed, headers=auth)
    assert replaced.status_code == 201, replaced.text
    validate(replaced.json(), "AddResult")
    assert replaced.json()["status"] == "replaced"
    now = fresh_client.get("/editions/A/RES/77/13").json()
    assert now != first and "Regrets" in json.dumps(now) and "Regrets" not in json.dumps(first)
    # the replaced text stays in the store's history: the commit before the replacing one
    store = fresh_client.app.state.service.writer
    history = [entry.commit for entry in store.history("A/RES/77/13")]
    assert history[0] == replaced.json()["commit"] and history[1] == added_commit
    unclear = fresh_client.post("/editions?replace=maybe", content=changed, headers=auth)
    assert_problem(unclear, 400, "replace")


def test_an_upload_is_declared_a_reissue_when_asked(fresh_client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    data = NOT_STORED.read_bytes()
    added = fresh_client.post("/editions?as_reissue=2023-01-20", content=data, headers=auth)
    assert added.status_code == 201, added.text
    assert added.json()["reference"] == "A/RES/77/13@2023-01-20"
    assert added.json()["kind"] == "reissue"
    bad = fresh_client.post("/editions?as_reissue=2023-13-40", content=data, headers=auth)
    assert_problem(bad, 400, "reissue date")
    empty = fresh_client.post("/editions?as_reissue=", content=data, headers=auth)
    assert_problem(empty, 400, "reissue's date")


def test_answers_kept_in_memory_never_outlive_a_write(fresh_client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    before = {
        path: fresh_client.get(path)
        for path in (
            "/resolutions",
            "/editions/A/RES/77/13",
            "/series/A/RES/79/10",
            "/diff?old=A/RES/75/276&new=A/RES/79/10",
        )
    }
    assert before["/editions/A/RES/77/13"].status_code == 404
    assert fresh_client.get("/resolutions").content == before["/resolutions"].content  # kept, the same
    assert fresh_client.post("/editions", content=NOT_STORED.read_bytes(), headers=auth).status_code == 201
    after = {path: fresh_client.get(path) for path in before}
    assert after["/editions/A/RES/77/13"].status_code == 200
    assert after["/resolutions"].json()["total"] == before["/resolutions"].json()["total"] + 1
    held = [member["symbol"] for member in after["/series/A/RES/79/10"].json()["members"] if member["held"]]
    assert "A/RES/77/13" in held
    assert (
        after["/diff?old=A/RES/75/276&new=A/RES/79/10"].content
        == before["/diff?old=A/RES/75/276&new=A/RES/79/10"].content
    )  # the two editions did not change, so neither did their diff


def test_bodies_over_the_cap_are_413(fresh_client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = b"x" * 2_000_001
    assert_problem(fresh_client.post("/editions", content=big, headers=auth), 413, "2000000")
    assert_problem(fresh_client.post("/check", content=big), 413)

    def chunks() -> Iterator[bytes]:  # no Content-Length: the cap is found while reading
        for _ in range(3):
            yield b"x" * 1_000_000

    assert_problem(fresh_client.post("/check", content=chunks()), 413)


def test_parsing_past_the_time_cap_is_422(tmp_path: Path) -> None:
    store = build_store(tmp_path)
    limits = ServiceLimits(parse_seconds=0.001)
    with TestClient(create_app(store.location, limits=limits)) as slow:
        assert_problem(slow.post("/check", content=NOT_STORED.read_bytes()), 422, "0.001 s")


def test_an_abandoned_parse_keeps_its_slot_until_it_ends() -> None:
    import threading

    import anyio

    from versioning.service.limits import Busy, ParseSlots, TooSlow, run_capped

    release = threading.Event()
    finished = threading.Event()

    def stuck() -> None:
        release.wait(10)
        finished.set()

    async def scenario() -> None:
        slots = ParseSlots(1)
        with pytest.raises(TooSlow):
            await run_capped(slots, 0.05, stuck)  # answered at once, but the thread runs on
        with pytest.raises(Busy):  # its slot is still taken: no second parse starts beside it
            await run_capped(slots, 0.2, lambda: "second")
        release.set()
        await anyio.to_thread.run_sync(finished.wait, 10)
        assert await run_capped(slots, 2, lambda: "third") == "third"  # the slot came back with its thread

    anyio.run(scenario)


def test_a_busy_service_answers_503(tmp_path: Path) -> None:
    from versioning.service.limits import Busy
    from versioning.service.problems import status_for

    assert status_for(Busy(30)) == 503


def test_cors_is_off_unless_configured(client: TestClient, store_path: Path) -> None:
    origin = {"Origin": "https://tool.example"}
    assert "access-control-allow-origin" not in client.get("/resolutions", headers=origin).headers
    with TestClient(create_app(store_path, cors_origins=["https://tool.example"])) as open_client:
        allowed = open_client.get("/resolutions", headers=origin).headers
        assert allowed["access-control-allow-origin"] == "https://tool.example"
    small = ServiceLimits(max_body_bytes=10)
    with TestClient(create_app(store_path, cors_origins=["https://tool.example"], limits=small)) as capped:
        refused = capped.post("/check", content=b"x" * 100, headers=origin)
        assert refused.status_code == 413  # refused, and the tool's browser is allowed to read why
        assert refused.headers["access-control-allow-origin"] == "https://tool.example"


def test_the_openapi_document_uses_the_project_schemas(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    assert document["openapi"].startswith("3.1")
    for path in ("/resolutions", "/resolutions/{symbol}", "/editions/{ref}", "/diff", "/series/{symbol}",
                 "/blame/{symbol}", "/check", "/editions", "/health"):  # fmt: skip
        assert path in document["paths"]
    from importlib import resources

    project = json.loads(resources.files("versioning.schemas").joinpath("resolution.schema.json").read_text())
    assert document["components"]["schemas"]["Resolution_document"]["properties"].keys() == (
        project["properties"].keys()
    )
    assert "$defs" not in json.dumps(document)


def test_readers_never_wait_for_the_write_lock(store_path: Path, client: TestClient) -> None:
    """While another process holds the store's write lock, every read still answers, and at once."""
    import time

    from versioning.store import open_store

    with open_store(store_path).lock():
        started = time.monotonic()
        for path in (
            "/resolutions",
            "/resolutions/A/RES/79/10",
            "/editions/A/RES/67/6@2013-07-15",
            "/diff?old=A/RES/73/331&new=A/RES/75/276",
            "/series/A/RES/79/10",
            "/blame/A/RES/79/10",
        ):
            assert client.get(path).status_code == 200, path
        assert time.monotonic() - started < 30  # the lock's own timeout is 120 s


def test_writes_wait_for_the_lock_and_then_succeed(tmp_path: Path) -> None:
    """A write that finds the lock held waits for it (it does not fail, nor write beside it)."""
    import threading
    import time

    from versioning.store import open_store

    store = build_store(tmp_path)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(store.location, token=TOKEN)) as writer:
        held = open_store(store.location).lock()
        held.__enter__()
        threading.Timer(3.0, held.__exit__, (None, None, None)).start()
        started = time.monotonic()
        response = writer.post("/editions", content=NOT_STORED.read_bytes(), headers=auth)
        assert response.status_code == 201, response.text
        assert time.monotonic() - started >= 2.9  # parsing alone takes well under a second
    assert open_store(store.location).verify() == []


def test_an_archive_that_is_no_word_document_is_a_400_and_the_store_is_unchanged(
    fresh_client: TestClient,
) -> None:
    """A ZIP signature followed by words passed for a text and was refused as "not a resolution"; a Word
    document cut short, or another archive, is refused for what it is.  Nothing is written."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    before = fresh_client.get("/resolutions").headers["etag"]
    for data, words in (
        (b"PK\x03\x04 and some words", "damaged ZIP archive"),
        (b"PK\x03\x04\x14\x00\x00\x00" + bytes(300), "damaged ZIP archive"),
    ):
        assert_problem(
            fresh_client.post("/editions?name=up.docx", content=data, headers=auth), 400, *words.split()
        )
        assert_problem(fresh_client.post("/check", content=data), 400, "ZIP")
    assert fresh_client.get("/resolutions").headers["etag"] == before
