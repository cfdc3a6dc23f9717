#!/usr/bin/env python3
"""Writes sample-report.pbix: a stand-in .pbix for TenantDesk's demo mode and tests.

A real .pbix is a ZIP package. The emulator does not inflate anything: it finds the entry
`TenantDesk/emulator-manifest.json` by scanning the bytes, so that entry must be STORED
(uncompressed). The manifest describes the semantic model the import creates (format in
emulator/README.md). Other entries only make the file look like a .pbix and may be compressed.

Usage: python3 make-sample-pbix.py [OUTPUT]   (default: sample-report.pbix next to this script)
"""
import json
import os
import sys
import zipfile

MANIFEST = {
    "parameters": [
        {"name": "Server", "type": "Text", "isRequired": True, "currentValue": "sql-template.contoso-isv.example"},
        {"name": "Database", "type": "Text", "isRequired": True, "currentValue": "CustomerTemplate"},
    ],
    "datasources": [
        {"datasourceType": "Sql",
         "connectionDetails": {"server": "sql-template.contoso-isv.example", "database": "CustomerTemplate"}},
    ],
    "roles": [],
}

# Fixed timestamp so the file is byte-for-byte reproducible.
STAMP = (2024, 1, 1, 0, 0, 0)


def entry(name):
    info = zipfile.ZipInfo(name, date_time=STAMP)
    info.external_attr = 0o644 << 16
    return info


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "sample-report.pbix")
    with zipfile.ZipFile(out, "w") as z:
        version = entry("Version")
        z.writestr(version, "1.28".encode("utf-16-le"), compress_type=zipfile.ZIP_STORED)
        content_types = entry("[Content_Types].xml")
        z.writestr(content_types,
                   '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="json" ContentType="" /></Types>',
                   compress_type=zipfile.ZIP_DEFLATED)
        layout = entry("Report/Layout")
        z.writestr(layout, json.dumps({"sections": [{"name": "Overview", "displayName": "Overview"}]})
                   .encode("utf-16-le"), compress_type=zipfile.ZIP_DEFLATED)
        manifest = entry("TenantDesk/emulator-manifest.json")
        z.writestr(manifest, json.dumps(MANIFEST, indent=2).encode("utf-8"), compress_type=zipfile.ZIP_STORED)
    print(out)


if __name__ == "__main__":
    main()
