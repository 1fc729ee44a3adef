# Bytes literals and their escapes.
simple = b"\\ \' \" \a \b \f \n \r \t \v"
octal = b"\0 \7 \07 \007 \101 \377 \18"
hexa = b"\x00 \x41 \xfF \x7f \xe9 \xff"
not_escapes_in_bytes_raw = rb"\u0041 \N{EURO SIGN} \x41"
continued = b"one \
two"
ascii_text = b'printable ~!@#$%^&*()_+`-=[]{}|;:,./<>?'
empty = b'' + B"" + rb'' + bR"""""" + Br''''''
triple = b"""multi
line\tbytes"""
concat = b'a' b"b" rb'\c' Rb"\d"
