"""The input of the consent checks: one JSON value, a JSON array of them, or JSON Lines."""

import json


def read_documents(text, noun="document"):
    """The documents in `text`, each with a label for messages (`line 3`, `item 2`)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as whole:
        documents = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                documents.append((f"line {number}", json.loads(line)))
            except json.JSONDecodeError as error:
                raise ValueError(
                    f"standard input is neither JSON ({whole}) nor JSON Lines "
                    f"(line {number}: {error})"
                ) from None
        return documents
    if isinstance(value, list):
        return [(f"item {index}", document) for index, document in enumerate(value, start=1)]
    return [(f"{noun} 1", value)]
