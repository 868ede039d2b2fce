#!/usr/bin/env python3
"""Builds corpus.txt, varied Traditional Chinese lines for the t2s equality test, and
corpus.t2s.txt, what `opencc -c t2s` (Debian 12, OpenCC 1.1.6) makes of each line.

Sources, all from OpenCC's own Apache-2.0 data or this project:
  * every TSPhrases and TSCharacters key, set among other text;
  * random phrases of STPhrases (Simplified) turned Traditional by s2t, s2tw, s2twp and s2hk,
    so that Taiwan and Hong Kong variants appear as well as OpenCC-standard forms;
  * the lines of the seed report and of the Traditional example reports.
Run from this folder: python3 make-corpus.py (needs the opencc command and opencc_dict).
"""
import os, random, subprocess, tempfile

random.seed(20240722)
ocd = '/usr/share/opencc/'
tmp = tempfile.mkdtemp()

def dump(name):
    out = os.path.join(tmp, name + '.txt')
    subprocess.run(['opencc_dict', '-i', ocd + name + '.ocd2', '-o', out, '-f', 'ocd2', '-t', 'text'], check=True)
    return [line.rstrip('\n').split('\t')[0] for line in open(out, encoding='utf-8') if '\t' in line]

def opencc(config, lines):
    result = subprocess.run(['opencc', '-c', config], input='\n'.join(lines) + '\n',
                            capture_output=True, text=True, check=True).stdout
    out = result.split('\n')[:len(lines)]
    assert len(out) == len(lines)
    return out

ts_phrases, ts_chars, st_phrases = dump('TSPhrases'), dump('TSCharacters'), dump('STPhrases')
punct = ['，', '。', '、', '；', '：', ',', '.', '“', '”', '（', '）', '(', ')', ' ', '2024年', '7月22日']
lines = []
for key in ts_phrases:
    before = random.choice(ts_chars) + random.choice(ts_phrases)[:1]
    lines.append(before + key + random.choice(punct) + random.choice(ts_phrases) + random.choice(ts_chars))
chars = ts_chars[:]
random.shuffle(chars)
for i in range(0, len(chars), 40):
    lines.append(''.join(chars[i:i + 40]))
simplified = []
for _ in range(2400):
    words = random.sample(st_phrases, random.randint(4, 12))
    simplified.append(''.join(w + (random.choice(punct) if random.random() < 0.3 else '') for w in words))
for i, config in enumerate(['s2t', 's2tw', 's2twp', 's2hk']):
    lines += opencc(config, simplified[i * 600:(i + 1) * 600])
for fixture in ['../seed-report.txt'] + sorted('../reports/' + f for f in (os.listdir('../reports') if os.path.isdir('../reports') else []) if f.startswith('tw-')):
    if os.path.exists(fixture):
        lines += [l.rstrip('\n') for l in open(fixture, encoding='utf-8') if l.strip()]
lines = [l.replace('\t', ' ') for l in lines if l.strip()]
with open('corpus.txt', 'w', encoding='utf-8') as f:
    f.write('\n'.join(lines) + '\n')
with open('corpus.t2s.txt', 'w', encoding='utf-8') as f:
    f.write('\n'.join(opencc('t2s', lines)) + '\n')
print(len(lines), 'lines')
