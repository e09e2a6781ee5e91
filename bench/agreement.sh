#!/usr/bin/env bash
# How closely gongwen's PDF and LibreOffice's PDF of gongwen's DOCX agree, for every sample in both
# bundled templates: the share of LibreOffice's lines that gongwen sets identically (text, in order)
# and the share of pages that start with the same line. Works on any build, so a change can be
# measured before and after:
#   bench/agreement.sh [JAR=target/gongwen.jar]
# Needs soffice and pdftotext (poppler-utils); LibreOffice gets the bundled faces (fonts/fontconfig).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar=${1:-$root/target/gongwen.jar}
. "$root/bin/jdk.sh"
command -v soffice >/dev/null || { echo "soffice not installed"; exit 2; }
command -v pdftotext >/dev/null || { echo "pdftotext not installed (poppler-utils)"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
samples=("$root"/src/test/resources/samples/*.txt)
[ -f "${samples[0]}" ] || samples=("$root"/../shared/samples/*.txt)
for template in report redhead; do
  mkdir -p "$work/$template"
  java -jar "$jar" render "${samples[@]}" --template "$template" --format docx,pdf --out "$work/$template" >/dev/null 2>&1
  mkdir -p "$work/$template/lo"
  FONTCONFIG_FILE="$root/fonts/fontconfig/gongwen-fonts.conf" soffice -env:UserInstallation="file://$work/profile" \
    --headless --convert-to pdf --outdir "$work/$template/lo" "$work/$template"/*.docx >/dev/null 2>&1
done
python3 - "$work" <<'PY'
import difflib, os, re, subprocess, sys
work = sys.argv[1]
def pages(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for p in range(1, n + 1):
        text = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-layout", pdf, "-"], capture_output=True, text=True).stdout
        lines = [re.sub(r"\s+", "", l) for l in text.splitlines()]
        out.append([l for l in lines if l and not re.fullmatch(r"—\d+—", l)])
    return out
total = same = pages_all = starts = 0
for template in ("report", "redhead"):
    for f in sorted(os.listdir(os.path.join(work, template))):
        if not f.endswith(".pdf"): continue
        mine, lo = pages(os.path.join(work, template, f)), pages(os.path.join(work, template, "lo", f))
        a, b = sum(mine, []), sum(lo, [])
        s = sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
        st = sum(1 for x, y in zip(mine, lo) if x and y and x[0] == y[0])
        print(f"{template:8} {f[:-4]:48} lines {s}/{len(b)} ({100*s/max(1,len(b)):.0f}%)  pages {len(mine)}/{len(lo)}  same first line {st}/{len(lo)}")
        total += len(b); same += s; pages_all += len(lo); starts += st
print(f"all: {100*same/total:.1f}% of LibreOffice's lines identical, {100*starts/pages_all:.1f}% of its pages start alike")
PY
