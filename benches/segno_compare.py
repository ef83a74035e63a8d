#!/usr/bin/env python3
"""Times segno's make_epc_qr on the five requests of the shared segno vectors, for comparison with
`cargo bench --bench payment -- five_requests_to_qr` (payload and QR matrix for the same five).

Usage: python3 -m venv /tmp/segno && /tmp/segno/bin/pip install segno==1.6.6
       /tmp/segno/bin/python benches/segno_compare.py
"""

import timeit
from decimal import Decimal

import segno
from segno import helpers

REQUESTS = [
    dict(name="Stad Gent", iban="BE68539007547034", amount=Decimal("125.50"), reference="010806817183", bic="GKCCBEBB"),
    dict(name="Gemeente Zonnebeke", iban="BE71096123456769", amount=Decimal("30"), reference="RF18539007547034", purpose="GOVT"),
    dict(name="Politiezone Rupel", iban="BE68539007547034", amount=Decimal("58.00"), text="GAS-boete dossier 2026/0042 – Café de Brug"),
    dict(name="Stad Gent", iban="BE68539007547034", amount=Decimal("0.01"), text="+++010/8068/17183+++"),
    dict(name="Autonoom Gemeentebedrijf Stedelijke Ontwikkeling en Vastgoedbeheer X", iban="BE68539007547034",
         amount=Decimal("999999999.99"), reference="RF18539007547034", encoding=1),
]


def five():
    for kw in REQUESTS:
        helpers.make_epc_qr(**kw)


def main():
    number = 200
    best = min(timeit.repeat(five, number=number, repeat=5)) / number
    print(f"segno {segno.__version__} make_epc_qr, five requests: {best * 1e6:.1f} µs per run of five")


if __name__ == "__main__":
    main()
