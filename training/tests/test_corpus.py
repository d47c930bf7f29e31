"""Corpus hygiene of the MegaContext demo corpus: normalisation, filters, dedup, split."""
from training.corpus.clean import Deduper, is_heldout, keep_document, normalize, split_long
from training.corpus.htmltext import html_to_text
from training.corpus.sources import _brown_detag


def test_normalize_strips_controls_and_blank_runs():
    assert normalize("a\r\nb\x07c  \n\n\n\nd\t\n") == "a\nbc\n\nd"


def test_keep_document_filters_short_symbolic_and_non_latin():
    prose = "This is an ordinary English sentence with enough letters in it. " * 5
    assert keep_document(prose)
    assert not keep_document("too short")
    assert not keep_document("0123456789 +-*/ " * 30)
    assert not keep_document("это русский текст без латиницы совсем " * 10)


def test_dedup_drops_repeated_documents_and_paragraphs():
    d = Deduper(min_para_chars=20)
    boiler = "Licensed under the same terms as the original work, see LICENSE."
    assert d("First document body.\n\n" + boiler) is not None
    assert d("first   DOCUMENT body!\n\n" + boiler) is None  # same fingerprint
    out = d("Another text.\n\n" + boiler)
    assert out == "Another text."
    assert d.dropped_docs == 1 and d.dropped_paras == 1


def test_split_is_deterministic_and_roughly_sized():
    docs = [f"document number {i}" for i in range(5000)]
    held = [is_heldout(t, 2.0) for t in docs]
    assert held == [is_heldout(t, 2.0) for t in docs]
    assert 50 < sum(held) < 150


def test_split_long_respects_paragraphs():
    text = "\n\n".join(["x" * 100] * 50)
    parts = split_long(text, 1000)
    assert all(len(p) <= 1000 for p in parts)
    assert "\n\n".join(parts) == text


def test_brown_detag_and_html():
    raw = "The/at Fulton/np-tl County/nn-tl said/vbd ``/`` no/at evidence/nn ''/'' ./."
    assert _brown_detag(raw) == 'The Fulton County said "no evidence".'
    html = ("<html><head><title>T</title><style>x{}</style></head>"
            "<body><h1>Hi</h1><p>One &amp; two</p><pre>a\n  b</pre></body></html>")
    assert html_to_text(html) == "Hi\n\nOne & two\n\na\n  b"
