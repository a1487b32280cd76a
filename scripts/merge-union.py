#!/usr/bin/env python3
"""Resolves merge conflicts by keeping both sides (ours, then theirs' lines not already present)."""
import re, sys
for path in sys.argv[1:]:
    text = open(path).read()
    def both(m):
        ours = m.group(1).splitlines(keepends=True)
        theirs = [l for l in m.group(2).splitlines(keepends=True) if l not in ours]
        return ''.join(ours + theirs)
    text = re.sub(r'<<<<<<< [^\n]*\n(.*?)=======\n(.*?)>>>>>>> [^\n]*\n', both, text, flags=re.S)
    open(path, 'w').write(text)
