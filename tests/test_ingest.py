"""Ingest: every container format, standard input, URLs and feeds (from a local server), and the guards."""

from __future__ import annotations

import gzip
import http.server
import io
import json
import threading
from pathlib import Path

import pytest

from parley.ingest import iter_sources, read_path
from parley.ingest.containers import read_stream


def test_folder_is_read_recursively_sorted_and_hidden_files_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second article.")
    (tmp_path / "a.html").write_text("<html><body><p>First.</p></body></html>")
    (tmp_path / ".hidden.txt").write_text("nope")
    raws = list(read_path(tmp_path))
    assert [Path(r.source).name for r in raws] == ["a.html", "two.txt"]
    assert raws[0].hints.media_type == "text/html"
    assert raws[1].content == b"Second article."
    assert len(raws[1].sha256) == 64


def test_gzip_jsonl_and_csv_containers(tmp_path: Path) -> None:
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(b"<p>Zipped page.</p>"))
    lines = [{"id": "x1", "text": "Lavrov met Blinken.", "url": "https://tass.com/1", "published": "2022-01-21"},
             {"id": "x2", "html": "<p>Html line</p>", "outlet": "TASS"}]
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(r) for r in lines) + "\nnot json\n")
    (tmp_path / "news.csv").write_text(',URL,Date,Title,Text\n0,https://bbc.co.uk/a,2022-06-11T00:57:56,Headline,"Body, with comma."\n')
    raws = {Path(r.source.split("#")[0]).name + r.source[len(r.source.split("#")[0]):]: r for r in read_path(tmp_path)}
    assert raws["page.html.gz"].content == b"<p>Zipped page.</p>"
    assert raws["page.html.gz"].hints.media_type == "text/html"
    first = raws["docs.jsonl#1"]
    assert (first.doc_id, first.hints.url, first.hints.published) == ("x1", "https://tass.com/1", "2022-01-21")
    assert raws["docs.jsonl#2"].hints.media_type == "text/html" and raws["docs.jsonl#2"].hints.outlet == "TASS"
    assert raws["docs.jsonl#3"].problem == "bad_json_line"
    row = raws["news.csv#1"]
    assert row.content == b"Body, with comma." and row.hints.title == "Headline"
    assert row.hints.published == "2022-06-11T00:57:56" and row.hints.url == "https://bbc.co.uk/a"


def test_size_limit_is_enforced_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 5000)
    (raw,) = read_path(big, max_bytes=1000)
    assert raw.problem == "too_large" and raw.content == b""
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 50_000))
    (raw,) = read_path(bomb, max_bytes=1000)
    assert raw.problem == "too_large"


def test_broken_gzip_and_missing_path_are_problems_not_crashes(tmp_path: Path) -> None:
    (tmp_path / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (raw,) = read_path(tmp_path / "broken.txt.gz")
    assert raw.problem and raw.problem.startswith("unreadable")
    (missing,) = iter_sources([str(tmp_path / "nope.txt")])
    assert missing.problem == "not_found"


def test_stdin_jsonl_or_single_document() -> None:
    lines = b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n'
    assert [r.doc_id for r in read_stream(io.BytesIO(lines), name="stdin", max_bytes=10_000)] == ["a", "b"]
    (single,) = read_stream(io.BytesIO(b"Just an article.\nSecond line."), name="stdin", max_bytes=10_000)
    assert single.content.startswith(b"Just an article.")


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        port = self.server.server_address[1]
        routes = {
            "/article": ("text/html; charset=utf-8", b"<html><head><title>T</title></head><body><p>Hi.</p></body></html>"),
            "/image": ("image/png", b"\x89PNG\r\n\x1a\n"),
            "/big": ("text/html", b"x" * 5000),
            "/feed": ("application/rss+xml", (
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
                f"<item><title>First</title><link>http://127.0.0.1:{port}/article</link>"
                f"<pubDate>Fri, 21 Jan 2022 10:00:00 GMT</pubDate></item>"
                f"<item><title>Gone</title><link>http://127.0.0.1:{port}/missing</link></item>"
                f"</channel></rss>").encode()),
        }
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
            return
        if self.path not in routes:
            self.send_error(404)
            return
        kind, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_urls_feeds_and_guards(server: str) -> None:
    (page,) = iter_sources([f"{server}/redirect"], allow_private=True)
    assert page.problem is None and b"<p>Hi.</p>" in page.content
    assert page.hints.url == f"{server}/article" and page.hints.media_type.startswith("text/html")
    (refused,) = iter_sources([f"{server}/article"])  # loopback without --allow-private
    assert refused.problem.startswith("private_address")
    (image,) = iter_sources([f"{server}/image"], allow_private=True)
    assert image.problem == "content_type=image/png"
    (big,) = iter_sources([f"{server}/big"], allow_private=True, max_bytes=1000)
    assert big.problem == "too_large"
    first, gone = iter_sources([f"{server}/feed"], allow_private=True)
    assert first.hints.title == "First" and first.hints.outlet == "Wire" and first.problem is None
    assert first.hints.published.startswith("Fri, 21 Jan 2022")
    assert gone.problem == "http_404"
