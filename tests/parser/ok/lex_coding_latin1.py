# -*- coding: latin-1 -*-
# Real latin-1 bytes in a comment (é), a string and an identifier.
café = "déjà vu ± ¼"
b = b"plain"
r = r"\xé"
Ångström = café
