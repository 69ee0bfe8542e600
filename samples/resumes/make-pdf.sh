#!/usr/bin/env bash
# Typesets priya-raman.ms into priya-raman.pdf, a text-based PDF like word processors export.
# Needs groff and ghostscript (Debian: apt-get install groff ghostscript).
set -euo pipefail
cd "$(dirname "$0")"
groff -ms -Tps priya-raman.ms | ps2pdf - priya-raman.pdf
echo "priya-raman.pdf: $(wc -c < priya-raman.pdf) bytes"
