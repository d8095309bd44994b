"""Property-based tests of the reader: any bytes give an article or a clear `ArticleError`, nothing else."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.model import Article
from digest.read.articles import ArticleError, parse_article

# Pieces that steer generated files into the reader's corners: front matter, YAML syntax, dates, encodings.
PIECES = ["---", "...", "\n", "\r\n", "\r", "title:", "date:", "tags:", "authors:", "titel:", " ", ": ", "- ",
          "[", "]", "{", "}", "'", '"', "#", "!!binary", "!!python/object:os.system", "&a", "*a", "? ",
          "2025-02-30", "2025-03-13", "2025-13-01T10:00:00", "date 2025-03-13 ", "1e999", ".nan", "null",
          "~", "<script>alert(1)</script>", "{{ x }}", "## Heading", "Text here.", "é", "\ufeff", "\x00"]
FILES = st.one_of(
    st.binary(max_size=400),
    st.lists(st.sampled_from(PIECES), max_size=40).map(lambda parts: "".join(parts).encode("utf-8")),
    st.lists(st.sampled_from(PIECES), max_size=40).map(lambda parts: "".join(parts).encode("latin-1", "replace")),
    st.text(max_size=200).map(lambda text: f"---\ntitle: {text}\n---\n{text}\n".encode("utf-8", "surrogatepass")),
)


def check(data: bytes) -> None:
    try:
        article, warnings = parse_article(data, "seeds/x.md", "x")
    except ArticleError as error:
        problem = error.problem
        assert problem.path == "seeds/x.md" and problem.message and problem.severity == "error"
        assert problem.line is None or 1 <= problem.line <= data.count(b"\n") + data.count(b"\r") + 2
        return
    assert isinstance(article, Article) and article.title and any(p.kind == "text" for p in article.paragraphs)
    assert all(w.path == "seeds/x.md" and w.severity == "warning" for w in warnings)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FILES)
def test_any_bytes_give_an_article_or_a_clear_error(data):
    check(data)


def test_deeply_nested_front_matter_is_a_clear_error():
    check(b"---\ntitle: " + b"[" * 5000 + b"\n---\nText.\n")
