"""Exit 0 when two DICOM files hold the same dataset (file meta and group lengths ignored).

Used by the gateway ITs as an independent check (pydicom) that what we stored is what was sent.
Prints only tags, never values (no patient data in test logs).
"""
import sys
import pydicom


def load(path):
    ds = pydicom.dcmread(path, force=True)
    for elem in list(ds):
        # Group lengths and Data Set Trailing Padding (FFFC,FFFC; PS3.10 §7.2) are the encoder's
        # choice, not content: dcmtk drops both when it sends.
        if elem.tag.element == 0 or elem.tag == 0xFFFCFFFC:
            del ds[elem.tag]
    return ds


a, b = load(sys.argv[1]), load(sys.argv[2])
tags = sorted(set(a.keys()) | set(b.keys()))
diff = [t for t in tags if t not in a or t not in b or a[t].value != b[t].value]
if diff:
    print("differing tags:", ", ".join(str(t) for t in diff[:20]))
    sys.exit(1)
print("equal,", len(tags), "elements")
