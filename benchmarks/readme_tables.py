"""Rewrite the tables of README.md that are made from the code: the removal reasons.

    python benchmarks/readme_tables.py        # after adding or changing a reason in article_clean/reasons.py

tests/test_reasons.py fails until README matches the registry.
"""

from __future__ import annotations

import re
from pathlib import Path

from article_clean.reasons import markdown_table

README = Path(__file__).resolve().parent.parent / "README.md"


def main() -> None:
    text = README.read_text(encoding="utf-8")
    text = re.sub(r"(<!-- reasons:begin -->\n).*?(\n<!-- reasons:end -->)",
                  lambda m: m.group(1) + markdown_table() + m.group(2), text, count=1, flags=re.S)
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
