#!/usr/bin/env python3
"""Resolves site.css merge conflicts: keeps every @import line from both sides, 'ours' for everything else."""
import re, sys
path = sys.argv[1]
text = open(path).read()
imports = []
def resolve(m):
    ours, theirs = m.group(1), m.group(2)
    for line in (ours + theirs).splitlines():
        if line.startswith('@import') and line not in imports:
            imports.append(line)
    return '\n'.join(l for l in ours.splitlines() if not l.startswith('@import')) + '\n'
text = re.sub(r'<<<<<<< [^\n]*\n(.*?)=======\n(.*?)>>>>>>> [^\n]*\n', resolve, text, flags=re.S)
lines = [l for l in text.splitlines() if not l.startswith('@import')]
existing = [l for l in text.splitlines() if l.startswith('@import')]
for l in existing:
    if l not in imports: imports.append(l)
open(path, 'w').write('\n'.join(imports + lines) + '\n')
