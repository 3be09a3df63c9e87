#!/usr/bin/env python3
"""Appends English entries to src/Minwon.Web/Resources/SharedResource.en.resx.

Usage: tools/i18n/add_translations.py FILE.tsv   (each line: Korean key<TAB>English; \\n in either means a newline)
Keys already present are left alone, so a block can be re-run safely.
"""
import sys
from xml.sax.saxutils import escape, quoteattr

RESX = "src/Minwon.Web/Resources/SharedResource.en.resx"

def main(path):
    text = open(RESX, encoding="utf-8").read()
    added = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        ko, en = line.split("\t")
        ko, en = ko.replace("\\n", "\n"), en.replace("\\n", "\n")
        attr = quoteattr(ko).replace("\n", "&#10;")
        if f"<data name={attr} " in text:
            continue
        added.append(f'  <data name={attr} xml:space="preserve"><value>{escape(en)}</value></data>\n')
    text = text.replace("</root>", "".join(added) + "</root>")
    open(RESX, "w", encoding="utf-8").write(text)
    print(f"added {len(added)} entries")

if __name__ == "__main__":
    main(sys.argv[1])
