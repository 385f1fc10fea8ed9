#!/usr/bin/env python3
"""Add or update strings in an English/French .resx pair.

Usage: scripts/resx-set.py src/Bluehelm/Modules/Missions/MissionsText KEY "English" "Français" [KEY EN FR ...]
Creates both files when missing. A developer convenience: the .resx files are the source of truth.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
"""


def load(path: Path):
    if not path.exists():
        path.write_text(HEADER, encoding="utf-8")
    return ET.parse(path)


def upsert(tree, key, value):
    root = tree.getroot()
    for data in root.findall("data"):
        if data.get("name") == key:
            data.find("value").text = value
            return
    data = ET.SubElement(root, "data", {"name": key, "xml:space": "preserve"})
    ET.SubElement(data, "value").text = value


def save(tree, path: Path):
    ET.indent(tree, space="  ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n")


def main(argv):
    base = Path(argv[1])
    rest = argv[2:]
    if len(rest) % 3 != 0 or not rest:
        sys.exit(__doc__)
    en_path, fr_path = base.with_suffix(".resx"), Path(str(base) + ".fr.resx")
    en, fr = load(en_path), load(fr_path)
    for i in range(0, len(rest), 3):
        key, en_text, fr_text = rest[i:i + 3]
        upsert(en, key, en_text)
        upsert(fr, key, fr_text)
    save(en, en_path)
    save(fr, fr_path)


if __name__ == "__main__":
    main(sys.argv)
