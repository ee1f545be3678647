#!/usr/bin/env python3
"""Merge an OpenAPI fragment ({"paths": {...}, "components": {"schemas": {...}}}) into
platform/openapi.json under a file lock, so that several people can add their routes at once.
Usage: tools/openapi_merge.py FRAGMENT.json"""
import fcntl, json, os, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
target = os.path.join(root, "platform", "openapi.json")
fragment = json.load(open(sys.argv[1], encoding="utf-8"))
with open(target + ".lock", "w") as lock:
    fcntl.flock(lock, fcntl.LOCK_EX)
    doc = json.load(open(target, encoding="utf-8"))
    for path, ops in fragment.get("paths", {}).items():
        doc["paths"].setdefault(path, {}).update(ops)
    for section, entries in fragment.get("components", {}).items():
        doc["components"].setdefault(section, {}).update(entries)
    tmp = target + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump(doc, out, ensure_ascii=False, indent=2)
        out.write("\n")
    os.replace(tmp, target)
print("merged", sys.argv[1], "into", target)
