#!/usr/bin/env bash
# Decodes the PNG QR codes that `bouwstenen epc --png` writes with Debian's zbarimg, an
# independent decoder, and compares the bytes with the payload the same command prints.
# Usage: tests/epc/zbar.sh PATH/TO/bouwstenen
set -uo pipefail
bin=${1:?usage: zbar.sh PATH/TO/bouwstenen}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

check() {
  local label=$1
  shift
  if ! "$bin" epc "$@" > "$work/payload.bin"; then
    echo "FAIL $label: bouwstenen epc failed"; failed=$((failed + 1)); return
  fi
  "$bin" epc "$@" --png "$work/qr.png" --scale 6 || { echo "FAIL $label: no PNG"; failed=$((failed + 1)); return; }
  zbarimg --raw -q -Sbinary "$work/qr.png" > "$work/decoded.bin" 2> /dev/null
  if cmp -s "$work/payload.bin" "$work/decoded.bin"; then
    passed=$((passed + 1))
  else
    echo "FAIL $label: zbarimg decoded something else"
    od -c "$work/decoded.bin" | head -5
    failed=$((failed + 1))
  fi
}

check "tax with OGM" --name "Stad Gent" --iban BE68539007547034 --bic GKCCBEBB --amount 125.50 --ogm "+++010/8068/17183+++"
check "fee with RF" --name "Gemeente Zonnebeke" --iban BE71096123456769 --amount 30 --purpose GOVT --rf "RF18 5390 0754 7034"
check "fine with UTF-8 text" --name "Politiezone Rupel" --iban BE68539007547034 --amount 58 --text "GAS-boete dossier 2026/0042 – Café de Brug"
check "ISO 8859-1" --name "François D'Alsace S.A." --iban FR1420041010050500013M02606 --amount 12.3 --text "Client:Marie Louise La Lune" --charset iso-8859-1
check "version 001, CRLF" --name "Franz Mustermänn" --iban DE71110220330123456789 --bic BHBLDEHHXXX --amount 12.3 --purpose GDDS --rf RF18539007547034 --version 001 --crlf
check "maximum amount, note" --name "Autonoom Gemeentebedrijf Stedelijke Ontwikkeling en Vastgoedbeheer X" --iban BE68539007547034 --amount 999999999.99 --rf RF18539007547034 --info "Betaal voor 31 december"
check "no amount" --name "OCMW Leuven" --iban BE71096123456769
# 331 bytes: a version 13 QR code at level M.
long="$(printf '€%.0s' $(seq 1 95))x"
check "331 bytes" --name "Stad Gent" --iban BE68539007547034 --text "$long"
if [ "$("$bin" epc --name "Stad Gent" --iban BE68539007547034 --text "$long" | wc -c)" != 331 ]; then
  echo "FAIL the long payload is not 331 bytes"; failed=$((failed + 1))
fi

# The QR codes segno rendered (shared data) decode to payloads that our parser accepts.
for png in ../shared/data/epc/png/segno_*.png; do
  [ -e "$png" ] || continue
  zbarimg --raw -q -Sbinary "$png" > "$work/segno.bin" 2> /dev/null
  if "$bin" epc --parse < "$work/segno.bin" > /dev/null; then
    passed=$((passed + 1))
  else
    echo "FAIL $png: our parser rejects segno's payload"; failed=$((failed + 1))
  fi
done

echo "zbarimg decoded the QR codes written by bouwstenen epc and by segno"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
