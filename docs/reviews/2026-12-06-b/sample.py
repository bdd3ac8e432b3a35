import json,random,os,re,glob,html
gold={f[:-5] for f in os.listdir('/work/shared/eval/wikinews-events-2019/gold')}
prev=set()
for f in glob.glob('/work/main/docs/reviews/*/review.json'):
  prev|=set(json.load(open(f)).get('sample_ids',[]))

arts=[json.loads(l) for l in open('/work/shared/eval/wikinews-events-2019/articles.jsonl')]
fresh=sorted([a for a in arts if a['id'] not in gold and a['id'] not in prev],key=lambda a:a['id'])
print(len(fresh),'wikinews never reviewed')
random.seed(20261213)
wn=[]
# BBC politics 2004-05: first line the title; no date in the files (coded as of 2005-01-01)
bbc=[]
for f in sorted(glob.glob('/work/shared/corpora/bbc-news-2225/politics/*.txt')):
  lines=open(f,encoding='latin-1').read().strip().split('\n')
  text='\n\n'.join(l.strip() for l in lines[1:] if l.strip())
  bbc.append({'id':'bbc-pol-'+os.path.basename(f)[:-4],'date':'2005-01-01','source':'BBC','title':lines[0].strip(),'text':text})
bbc=[a for a in bbc if a["id"] not in prev]; print(len(bbc),"bbc never reviewed"); bb=random.sample(bbc,15)
rs=[]
for f in sorted(glob.glob('/work/shared/corpora/reuters-21578/reut2-*.sgm')):
  raw=open(f,encoding='latin-1').read()
  for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>',raw,re.S):
    body=re.search(r'<BODY>(.*?)</BODY>',m.group(2),re.S); date=re.search(r'<DATE>\s*(\d+)-(\w+)-(\d+)',m.group(2))
    title=re.search(r'<TITLE>(.*?)</TITLE>',m.group(2),re.S)
    if not body or not date: continue
    if 'reut-'+m.group(1) in prev: continue
    text=html.unescape(body.group(1)).replace('\x03','').strip()
    text=re.sub(r'\s*Reuter\s*$','',text)
    text='\n\n'.join(re.sub(r'\s*\n\s*',' ',p).strip() for p in re.split(r'\n\s{3,}',text) if p.strip())
    if len(text)<1500: continue
    mon={'JAN':1,'FEB':2,'MAR':3,'APR':4,'MAY':5,'JUN':6,'JUL':7,'AUG':8,'SEP':9,'OCT':10,'NOV':11,'DEC':12}[date.group(2).upper()]
    rs.append({'id':'reut-'+m.group(1),'date':f'{date.group(3)}-{mon:02d}-{int(date.group(1)):02d}','source':'Reuters',
      'title':html.unescape(title.group(1)).strip() if title else '','text':text})
print(len(rs),'reuters stories >=1500 chars never reviewed')
re_s=random.sample(rs,15)
sample=wn+bb+re_s
with open('sample.jsonl','w') as f:
  for a in sample: f.write(json.dumps(a,ensure_ascii=False)+'\n')
json.dump([a['id'] for a in sample],open('ids.json','w'))
print(len(sample))
