"""Polite fetching for `digest import`: the project's user agent, a timeout, at most one request a
second per host, and robots.txt respected.

urllib and urllib.robotparser (the standard library) rather than trafilatura's fetch helpers: those
keep their own pacing and robots rules out of reach, while here every request, robots.txt's included,
goes through one throttle. Failures raise `FetchError` with a one-line message saying what to do.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urlsplit, urlunsplit

from digest import __version__

USER_AGENT = f"digest/{__version__} (news digest importer; +https://github.com/digest-news/digest)"
TIMEOUT_SECONDS = 20.0
HOST_INTERVAL_SECONDS = 1.0  # at least this long between two requests to one host
MAX_BYTES = 10 * 1024 * 1024  # a news page or feed is far smaller; more is not an article


class FetchError(Exception):
    """A request that gave nothing to read; the message says why and what to do."""


@dataclass(frozen=True)
class Response:
    """What a server answered: the address after redirects, its media type and its bytes."""

    url: str
    content_type: str  # lower case, without parameters ("text/html"); "" when the server gave none
    body: bytes
    status: int = 200


@dataclass
class Fetcher:
    """Fetches pages one at a time, waiting `interval` seconds between requests to the same host and
    asking each host's robots.txt first (unless `ignore_robots`)."""

    ignore_robots: bool = False
    interval: float = HOST_INTERVAL_SECONDS
    timeout: float = TIMEOUT_SECONDS
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser] = field(default_factory=dict)

    def get(self, url: str) -> Response:
        """The page at `url`; raises `FetchError` when robots.txt forbids it or the request fails."""
        if not self.ignore_robots and not self.robots(url).can_fetch(USER_AGENT, url):
            raise FetchError("robots.txt of the site does not allow fetching it; import a saved copy of the "
                             "page, or run again with --ignore-robots if you have the site's permission")
        answer = self.request(url)
        if answer.status >= 400:
            raise FetchError(f"the server answered {answer.status}{http_reason(answer.status)}; "
                             f"{what_to_do(answer.status)}")
        return answer

    def robots(self, url: str) -> urllib.robotparser.RobotFileParser:
        """The robots.txt rules of the url's host, fetched once, read as RFC 9309 says: a missing file
        (4xx) allows everything; a server error means the site cannot say, and raises `FetchError`."""
        parts = urlsplit(url)
        host = parts.netloc.lower()
        if host not in self._robots:
            rules = urllib.robotparser.RobotFileParser(urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", "")))
            try:
                answer = self.request(rules.url)
                status, body = answer.status, answer.body
            except FetchError:
                status, body = 404, b""  # no robots.txt to read: the page's own request will say what failed
            if status >= 500:
                raise FetchError(f"the site's robots.txt answered {status}{http_reason(status)}, so it is not known "
                                 "whether the page may be fetched; try again later")
            if status < 400:
                rules.parse(body.decode("utf-8", "replace").splitlines())
            else:
                rules.allow_all = True
            self._robots[host] = rules
        return self._robots[host]

    def request(self, url: str) -> Response:
        """The answer to one GET (errors included), after waiting for the host's turn."""
        self.wait_for(urlsplit(url).netloc.lower())
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:  # noqa: S310 (http(s) only)
                body = answer.read(MAX_BYTES + 1)
                final, status, headers = answer.geturl(), answer.status, answer.headers
        except urllib.error.HTTPError as error:
            return Response(url, media_type(error.headers), b"", error.code)
        except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as error:
            reason = getattr(error, "reason", error)
            raise FetchError(f"could not be fetched ({reason}); check the address and the network, "
                             "then try again") from error
        finally:
            self._last[urlsplit(url).netloc.lower()] = self.clock()
        if len(body) > MAX_BYTES:
            raise FetchError(f"is larger than {MAX_BYTES // (1024 * 1024)} MB, not a news page or feed; "
                             "give the address of one article or feed")
        return Response(final, media_type(headers), body, status)

    def wait_for(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            remaining = last + self.interval - self.clock()
            if remaining > 0:
                self.sleep(remaining)


ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1")


def media_type(headers: Message | None) -> str:
    if headers is None or not headers.get("Content-Type"):
        return ""
    return headers.get_content_type().lower()


def what_to_do(status: int) -> str:
    """The fix for an HTTP error status, in a few words."""
    if status in (401, 402, 403, 451):
        return "the site does not let the digest read the page: import a copy saved from your browser"
    if status == 429 or status >= 500:
        return "try again later"
    return "check the address"


def http_reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return f" ({HTTPStatus(status).phrase})"
    except ValueError:
        return ""
