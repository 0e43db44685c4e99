"""Schemathesis hooks of scripts/api-fuzz.sh (loaded by `hooks` in scripts/schemathesis.toml; ADR 0032).

The OpenAPI document describes every check of the gateway that JSON Schema can express (patterns,
enums of the registry's current ids, anyOf/oneOf for the cross-field rules). What it cannot
express is left to the client, and a client does it as below; the hooks do it only for
schema-valid (positive) cases, so a negative case stays negative:

- `cursor`: an opaque token the server issued for the next page (base64url of the last item's
  key, bound to the query). The document gives its format; no client can make one up, so a
  positive case leaves it out, as a client asking for the first page does.
- Credit codes: the 18th character of a unified social credit code is a check character
  (GB 32100-2015 §4.3), a checksum no pattern can carry; a positive case gets the right one,
  as a client that holds a real code has it. The document's pattern and description stay what
  the gateway checks first.
- Ordered times: `to` after `from`, `endsAt` after `startsAt` compare two values; times the
  services compare with their clock (a window or a due time not in the past, a collection time
  not in the future) compare with "now", which no document has. A positive case gets them in
  order and on the right side of now.
- Records named in a body: a body that names another record (evidence for a lead, a link to
  another lead, an agenda item about an operation) is refused with 400 when the record is
  unknown or not visible (ADR 0012: the same answer either way). scripts/api-fuzz.ts creates one
  lead and one operation of the officer's unit first; a positive case names those.
- A regular meeting's RRULE (RFC 5545) is a grammar of its own: a positive case gets a daily rule,
  whose first occurrence is any start.
- A task named in a path below an operation: a task is the operation's state, not something a
  document can list (an unknown one on an existing operation is 400, `task_id`).
  scripts/api-fuzz.ts assigns one task on its operation; a positive case names that one.
- Multipart parts in order: an upload's description says the JSON `metadata` part comes first
  (the gateway streams the file part after it); a form's properties have no order in JSON Schema,
  so a positive case sends them in the described order.
- A replay is paced at `speed` × real time (ADR 0029): its answer streams for as long as the
  period lasts at that pace, longer than any request timeout at a small speed. A positive case
  replays as fast as possible (speed 0), as a batch client does.
"""

import os

import re
from datetime import datetime, timedelta

import schemathesis

CREDIT_CODE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORDERED = (("from", "to"), ("startsAt", "endsAt"))
RECORDS = {"lead": os.environ.get("API_FUZZ_LEAD_ID"), "operation": os.environ.get("API_FUZZ_OPERATION_ID")}
TASK = os.environ.get("API_FUZZ_TASK_ID")
# Body fields that name an existing record of that kind.
RECORD_FIELDS = {"leadId": "lead", "otherLeadId": "lead", "operationId": "operation"}


def with_check_character(code):
    """The code with its 18th character replaced by the check character of the first 17."""
    total = sum(ALPHABET.index(char) * weight for char, weight in zip(code[:17], WEIGHTS))
    return code[:17] + ALPHABET[(31 - total % 31) % 31]


def fix_credit_code(value):
    if isinstance(value, str):
        if CREDIT_CODE.match(value):
            return with_check_character(value)
        if value.startswith("credit-") and CREDIT_CODE.match(value[len("credit-") :]):
            return "credit-" + with_check_character(value[len("credit-") :])
    return value


def instant(value):
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        return None


def order_times(container):
    for start_key, end_key in ORDERED:
        start, end = instant(container.get(start_key)), instant(container.get(end_key))
        if start is None or end is None or start.tzinfo is None or end.tzinfo is None:
            continue
        if end < start:
            container[start_key], container[end_key] = container[end_key], container[start_key]
        elif end == start:
            # A generated time can be the last representable one (9999-12-31): then the start moves back.
            try:
                container[end_key] = (end + timedelta(hours=1)).isoformat()
            except OverflowError:
                container[start_key] = (start - timedelta(hours=1)).isoformat()


def now():
    return datetime.now().astimezone()


def not_past(container):
    """A window or due time the services want in the future: moved to tomorrow, its length kept."""
    start = instant(container.get("startsAt"))
    if start is not None and start.tzinfo is not None and start < now():
        shift = now() - start + timedelta(days=1)
        container["startsAt"] = (start + shift).isoformat()
        end = instant(container.get("endsAt"))
        if end is not None and end.tzinfo is not None:
            # Its length kept, unless that runs past the last representable time (a generated end in 9999).
            try:
                container["endsAt"] = (end + shift).isoformat()
            except OverflowError:
                container["endsAt"] = (start + shift + timedelta(hours=1)).isoformat()
    due = instant(container.get("dueAt"))
    if due is not None and due.tzinfo is not None and due < now():
        container["dueAt"] = (now() + timedelta(days=7)).isoformat()
    collected = instant(container.get("collectedAt"))
    if collected is not None and collected.tzinfo is not None and collected > now():
        container["collectedAt"] = (now() - timedelta(days=1)).isoformat()


def name_records(value):
    """Record references in a body: the lead and operation made before the run."""
    if isinstance(value, dict):
        for key, kind in RECORD_FIELDS.items():
            if isinstance(value.get(key), str) and RECORDS[kind]:
                value[key] = RECORDS[kind]
        if isinstance(value.get("linkedLeadIds"), list) and value["linkedLeadIds"] and RECORDS["lead"]:
            value["linkedLeadIds"] = [RECORDS["lead"]]
        if isinstance(value.get("kind"), str) and RECORDS.get(value["kind"]) and isinstance(value.get("id"), str):
            value["id"] = RECORDS[value["kind"]]
        for inner in value.values():
            name_records(inner)
    elif isinstance(value, list):
        for inner in value:
            name_records(inner)


def fix(value):
    """Credit codes and ordered times anywhere in a body, query or path."""
    if isinstance(value, dict):
        for key, inner in list(value.items()):
            if key in ("creditCode", "fileId"):
                value[key] = fix_credit_code(inner)
            else:
                fix(inner)
        order_times(value)
        not_past(value)
    elif isinstance(value, list):
        for inner in value:
            fix(inner)
    return value


@schemathesis.hook
def map_case(context, case):
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return case
    if isinstance(case.query, dict):
        case.query.pop("cursor", None)
        fix(case.query)
    if isinstance(case.path_parameters, dict):
        fix(case.path_parameters)
        if TASK and isinstance(case.path_parameters.get("taskId"), str):
            case.path_parameters["taskId"] = TASK
    if isinstance(case.body, dict) and "metadata" in case.body and "content" in case.body:
        case.body = {"metadata": case.body.pop("metadata"), **case.body}
    if case.path.endswith("/history/replay") and isinstance(case.query, dict):
        case.query["speed"] = 0
    fix(case.body)
    name_records(case.body)
    if isinstance(case.body, dict) and case.body.get("kind") == "regular" and "recurrenceRule" in case.body:
        case.body["recurrenceRule"] = "FREQ=DAILY;COUNT=3"
    return case
