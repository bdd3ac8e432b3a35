import json,sys
coded=[json.loads(l) for l in open('/work/review8/coded.jsonl')]
order=json.load(open('/work/review8/ids.json'))
by={c['id']:c for c in coded}
arts=[by[i] for i in order if i in by]
def actor(a): return {'text':a.get('text'),'code':a.get('code'),'country':a.get('country'),'sector':a.get('sector')}
out=[]
for c in arts:
  txt=c['text']
  evs=[]
  for e in c['events']:
    if e.get('negated') or e.get('modality') in ('hypothetical','conditional','future'): continue
    ev=e['evidence']
    # the evidence sentence
    st,en=ev['start'],ev['end']
    cut=[txt.rfind(m,0,st) for m in ('\n','. ','? ','! ')]
    a=max([0]+[c+(1 if m=='\n' else 2) for c,m in zip(cut,('\n','. ','? ','! ')) if c>=0])
    cands=[x for x in (txt.find('. ',en),txt.find('\n',en),txt.find('? ',en)) if x>=0]
    b=min(cands)+1 if cands else len(txt)
    sentence=txt[a:b].strip()
    evs.append({'id':e['id'],'cameo':e['cameo'],'plover':e['plover']['type'],'source':[actor(x) for x in e['source']],
      'target':[actor(x) for x in e['target']],'date':e.get('date'),'place':(e.get('location') or {}).get('name'),
      'modality':e.get('modality'),'negated':e.get('negated'),'sentence':sentence,'evidence':ev['text'],'trigger':ev.get('trigger')})
  out.append({'id':c['id'],'date':c['date'],'title':c.get('title'),'url':c.get('url'),'text':txt,'events':evs})
n=int(sys.argv[1]) if len(sys.argv)>1 else 4
size=(len(out)+n-1)//n
for i in range(n):
  json.dump(out[i*size:(i+1)*size],open(f'/work/review8/batch-{i+1}.json','w'),indent=1,ensure_ascii=False)
  print(i+1,len(out[i*size:(i+1)*size]),sum(len(a['events']) for a in out[i*size:(i+1)*size]))
