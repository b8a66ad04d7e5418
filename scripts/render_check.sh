#!/usr/bin/env bash
# Manual render check (not part of CI): build the PowerPoint and the Word report, convert both
# to PDF with headless LibreOffice and to PNG pages, then LOOK at the pictures.
#
#   apt-get install -y --no-install-recommends libreoffice-impress libreoffice-writer poppler-utils
#   scripts/render_check.sh [kommun] [år] [period]      # default: 1380 2022 UR2
#
# Output: render-check/<kommun>_<år>_<period>/{pptx,docx}/sida-N.png (the folder is git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
KOMMUN=${1:-1380}
AR=${2:-2022}
PERIOD=${3:-UR2}
PY=${PYTHON:-.venv/bin/python}
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "Saknar $tool: installera libreoffice-impress libreoffice-writer poppler-utils." >&2; exit 1; }
done
OUT="render-check/${KOMMUN}_${AR}_${PERIOD}"
rm -rf "$OUT"
PROFILE=$(mktemp -d /tmp/lo-profile-XXXXXX)   # own LibreOffice profile: parallel runs don't lock each other
trap 'rm -rf "$PROFILE"' EXIT
for fmt in pptx docx; do
  mkdir -p "$OUT/$fmt"                        # separate folders: both files would become <name>.pdf
  "$PY" -m folkhalsa export --kommun "$KOMMUN" --ar "$AR" --period "$PERIOD" --format "$fmt" --out "$OUT/$fmt/"
  soffice -env:UserInstallation="file://$PROFILE" --headless --convert-to pdf --outdir "$OUT/$fmt" "$OUT/$fmt"/*."$fmt" >/dev/null
  pdftoppm -png -r 80 "$OUT/$fmt"/*.pdf "$OUT/$fmt/sida"
  echo "$fmt: $(ls "$OUT/$fmt"/sida-*.png | wc -l) sidor i $OUT/$fmt/"
done
