#!python
# -*- coding: UTF8 -*-
x = "ü"
