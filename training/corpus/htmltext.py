"""HTML → plain text for documentation sources of the MegaContext demo corpus.

Block elements become paragraph breaks, <pre> keeps its whitespace, scripts/styles/navigation
are dropped. Standard library only (html.parser).
"""
from __future__ import annotations

import html.parser
import re

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
          "dt", "dd", "dl", "blockquote", "section", "article", "hr", "title"}
_SKIP = {"script", "style", "head", "nav", "noscript"}


class _Extractor(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0

    def handle_starttag(self, tag, attrs):  # noqa: D401
        if tag in _SKIP:
            self.skip += 1
        elif tag == "pre":
            self.pre += 1
            self.parts.append("\n\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
            self.parts.append("\n\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.pre:
            self.parts.append(data)
        else:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(src: str) -> str:
    p = _Extractor()
    p.feed(src)
    p.close()
    text = "".join(p.parts)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n[ \t]+(?=\S)", lambda m: "\n" if "\n\n" in m.group(0) else m.group(0), text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
