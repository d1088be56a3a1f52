#!/usr/bin/env python3
"""Quick check of the locale files without a build: every locale has
English's keys, no others, and the same placeholders per message. The Rust
test (cargo test --features ssr --lib l10n) is the authority; this is for
translators between edits. Usage: python3 scripts/l10n-check.py [lang...]"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "locales"
LANGS = sys.argv[1:] or ["de", "fr", "es", "ja"]
MSG = re.compile(r"^([a-zA-Z][a-zA-Z0-9_-]*)\s*=", re.M)
VAR = re.compile(r"\$([a-zA-Z][a-zA-Z0-9_-]*)")


def messages(lang):
    out = {}
    for f in sorted((ROOT / lang).glob("*.ftl")):
        current = None
        for line in f.read_text(encoding="utf-8").splitlines():
            m = MSG.match(line)
            if m:
                current = m.group(1)
                if current in out:
                    print(f"{lang}/{f.name}: {current} twice")
                out[current] = (f.name, set(VAR.findall(line)))
            elif current and (line.startswith(" ") or line.startswith("\t") or line.startswith("}")):
                out[current][1].update(VAR.findall(line))
            elif line.strip() == "" or line.startswith("#"):
                if line.startswith("#"):
                    current = None
    return out


en = messages("en")
bad = 0
for lang in LANGS:
    other = messages(lang)
    for key, (file, vars_) in en.items():
        if key not in other:
            print(f"{lang}: missing {key} ({file})")
            bad += 1
        elif other[key][1] != vars_:
            print(f"{lang}: {key} has {sorted(other[key][1])}, English {sorted(vars_)}")
            bad += 1
        elif other[key][0] != file:
            print(f"{lang}: {key} is in {other[key][0]}, English has it in {file}")
            bad += 1
    for key in other:
        if key not in en:
            print(f"{lang}: {key} is not in English")
            bad += 1
print(f"{len(en)} English keys; {bad} problems")
sys.exit(1 if bad else 0)
