# The East Asian multibyte codecs: round trips, names and aliases, errors of each kind with each
# handler, and incremental decoding cut inside characters.
import codecs
samples = {
    'shift_jis': 'こんにちは、世界！ｶﾀｶﾅ abc',
    'cp932': 'こんにちは①②',
    'euc_jp': '日本語のテキスト',
    'euc_kr': '안녕하세요 세계',
    'cp949': '똠방각하',
    'gb2312': '你好，世界',
    'gbk': '中文編碼測試',
    'gb18030': '中文𠀀€',
    'big5': '繁體中文測試',
    'cp950': '臺灣',
    'big5hkscs': '香港',
}
for enc, text in samples.items():
    data = text.encode(enc)
    print(enc, codecs.lookup(enc).name, data, data.decode(enc) == text)
for enc in ['shift_jis', 'euc_jp', 'gbk', 'big5', 'euc_kr', 'gb18030']:
    for bad in [b'\x81', b'abc\x81', b'\x81\x20x', b'\xff\xfe']:
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
            try:
                print(enc, bad, errors, ascii(bad.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(enc, bad, errors, 'UnicodeDecodeError', e.start, e.end, e.reason, e.encoding)
    for text in ['a\u20acb', '\U0001f600', 'x\udc80']:
        for errors in ['strict', 'replace', 'ignore', 'xmlcharrefreplace']:
            try:
                print(enc, ascii(text), errors, text.encode(enc, errors))
            except UnicodeEncodeError as e:
                print(enc, ascii(text), errors, 'UnicodeEncodeError', e.start, e.end, e.reason, e.encoding)
for alias in ['sjis', 'S-JIS', 'ms_kanji', 'eucjp', 'ujis', 'korean', 'ks_c-5601-1987', 'uhc', 'chinese', 'euc-cn', 'cp936', 'big5-tw', 'hkscs', 'gb18030-2000', 'ms950']:
    print(alias, codecs.lookup(alias).name)
d = codecs.getincrementaldecoder('shift_jis')()
data = 'こんにちは'.encode('shift_jis')
print(''.join(d.decode(data[i:i+1]) for i in range(len(data))) + d.decode(b'', True))
import encodings.aliases
print(sorted(k for k, v in encodings.aliases.aliases.items() if v in ('shift_jis', 'gbk', 'big5', 'euc_kr', 'utf_8', 'latin_1', 'cp437', 'base64_codec')))
