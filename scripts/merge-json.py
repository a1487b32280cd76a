#!/usr/bin/env python3
"""Resolves a conflicted nn.json by merging both sides' dictionaries."""
import json, re, subprocess, sys
for path in sys.argv[1:]:
    ours = json.loads(subprocess.check_output(['git', 'show', f':2:{path}']))
    theirs = json.loads(subprocess.check_output(['git', 'show', f':3:{path}']))
    merged = {**theirs, **ours}
    open(path, 'w').write(json.dumps(merged, ensure_ascii=False, indent=2) + '\n')
