"""Write ``08_odesa_port.warc.gz`` from ``warc_source/odesa_port.html.in`` with warcio.

The archive holds what a crawler would keep for one page: the HTTP request, the
HTML response (the article), and a plain-text ``robots.txt`` response that the
WARC reader must skip. Run from anywhere:

    .venv/bin/python examples/make_warc.py

The page source has the ``.html.in`` extension so that reading ``examples/``
does not read the page twice (once as HTML, once from the archive).
"""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
PAGE = HERE / "warc_source" / "odesa_port.html.in"
OUTPUT = HERE / "08_odesa_port.warc.gz"
URL = "https://harbourherald.example/europe/2025/01/05/odesa-port-drone-attack"
ROBOTS_URL = "https://harbourherald.example/robots.txt"
# A fixed capture time keeps the archive's records the same on every run.
CAPTURED = "2025-01-05T11:00:00Z"


def _headers(number: int) -> dict[str, str]:
    # Fixed record ids (warcio draws random ones) so that a rerun writes the same bytes.
    return {"WARC-Date": CAPTURED,
            "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>"}


def write_warc(output: Path = OUTPUT) -> Path:
    """Write the archive and return its path."""
    page = PAGE.read_bytes()
    with output.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        request = StatusAndHeaders(
            "GET /europe/2025/01/05/odesa-port-drone-attack HTTP/1.1",
            [("Host", "harbourherald.example"), ("User-Agent", "wirewatch-example/0.1")],
            is_http_request=True,
        )
        writer.write_record(writer.create_warc_record(
            URL, "request", http_headers=request, warc_headers_dict=_headers(1)))
        response = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(page)))],
            protocol="HTTP/1.1",
        )
        writer.write_record(writer.create_warc_record(
            URL, "response", payload=BytesIO(page), http_headers=response,
            warc_headers_dict=_headers(2)))
        robots = b"User-agent: *\nDisallow: /subscribe\n"
        robots_headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(robots)))],
            protocol="HTTP/1.1",
        )
        writer.write_record(writer.create_warc_record(
            ROBOTS_URL, "response", payload=BytesIO(robots), http_headers=robots_headers,
            warc_headers_dict=_headers(3)))
    return output


if __name__ == "__main__":
    sys.stdout.write(f"wrote {write_warc()}\n")
