#!/usr/bin/env python3
"""Score any legalcite binary's caption fields against a folder of hand labels, as `legalcite eval`
does, for binaries older than the fields it scores (used for the session-start column of the README).

    python3 scripts/score-captions.py PATH/TO/legalcite Corpus/cold
"""
import json,glob,subprocess,sys
binary, folder = sys.argv[1], sys.argv[2]
def txt(v, fold):
    if v is None: return None
    s=' '.join(str(v).split()); return s.lower() if fold else s
C={}
def add(k,tp=0,fp=0,fn=0):
    c=C.setdefault(k,[0,0,0]); c[0]+=tp; c[1]+=fp; c[2]+=fn
def scalar(k,w,h):
    if w is None and h is None: return
    if w is not None and h==w: add(k,tp=1)
    elif w is not None and h is None: add(k,fn=1)
    elif w is None: add(k,fp=1)
    else: add(k,fp=1,fn=1)
def lst(k,w,h):
    h=list(h)
    for x in w:
        if x in h: add(k,tp=1); h.remove(x)
        else: add(k,fn=1)
    for x in h: add(k,fp=1)
for f in sorted(glob.glob(folder+'/*.expected.json')):
    e=json.load(open(f)); t=f.replace('.expected.json','.txt')
    g=json.loads(subprocess.run([binary,'extract',t],capture_output=True).stdout)
    ec,gc=e.get('caption') or {}, g.get('caption') or {}
    scalar('caption.court', (ec.get('court') or {}).get('id'), (gc.get('court') or {}).get('id'))
    scalar('caption.title', txt(ec.get('title'),False), txt(gc.get('title'),False))
    lst('caption.docket_numbers', [txt(x,False) for x in ec.get('docket_numbers') or []], [txt(x,False) for x in gc.get('docket_numbers') or []])
    P=lambda ps:[txt(p['name'],True)+'|'+(txt(p.get('role'),True) or '') for p in ps or []]
    lst('caption.parties', P(ec.get('parties')), P(gc.get('parties')))
    es,gs=e.get('signature') or {}, g.get('signature') or {}
    scalar('signature.judge', txt(es.get('judge'),True), txt(gs.get('judge'),True))
    scalar('signature.date', txt(es.get('date'),False), txt(gs.get('date'),False))
for k,(tp,fp,fn) in sorted(C.items()):
    print(f"| {k} | {tp/max(1,tp+fp):.3f} | {tp/max(1,tp+fn):.3f} |")
