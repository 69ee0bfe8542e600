#!/usr/bin/env bash
# Speaks every samples/audio/*.txt into a 16 kHz mono 16-bit WAV beside it, each with its voice:
#   short-hello               flite kal16 (male)
#   intro-maria-chen          flite slt (female), slowed to about 160 words a minute
#   career-change-james-patel flite rms (male), its natural 161 words a minute
#   intro-priya-raman         festival's HTS voice cmu_us_slt_arctic_hts (female)
#   stress-espeak-*           espeak-ng: a robotic voice the model mishears about a third of the
#                             words of, kept as a stress case for fuzzy matching and the pipeline
# The flite and festival voices are heard by the Vosk small model with 8-13% word errors, close to
# what people get; espeak-ng 30-50%.
# Needs flite, festival, festvox-us-slt-hts, espeak-ng and sox
# (Debian: apt-get install flite festival festvox-us-slt-hts espeak-ng sox).
# espeak-ng at -s 160 -g 8 (160 words a minute, 80 ms between words) was its most intelligible
# setting for the model among those tried (word error rate 0.31 on the intro, 0.49 at the defaults).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for text in *.txt; do
  name=${text%.txt}
  case "$name" in
    short-hello)               flite -voice kal16 -f "$text" -o "$tmp/$name.wav" ;;
    intro-maria-chen)          flite -voice slt --setf duration_stretch=1.2 -f "$text" -o "$tmp/$name.wav" ;;
    career-change-james-patel) flite -voice rms -f "$text" -o "$tmp/$name.wav" ;;
    intro-priya-raman)         text2wave -eval "(voice_cmu_us_slt_arctic_hts)" -o "$tmp/$name.wav" "$text" ;;
    stress-espeak-*)           espeak-ng -v en-us -s 160 -g 8 -w "$tmp/$name.wav" -f "$text" ;;
    *) echo "make-samples.sh: no voice chosen for $text" >&2; exit 1 ;;
  esac
  sox "$tmp/$name.wav" -r 16000 -c 1 -b 16 "$name.wav"
  echo "$name.wav: $(soxi -D "$name.wav") s"
done
