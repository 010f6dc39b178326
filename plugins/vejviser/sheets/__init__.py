"""Spreadsheets in and out: a municipality's list imported as entry files, the entries exported as a
spreadsheet that imports back without loss, and the empty template.

`reader` reads .xlsx and CSV safely, `mapping` finds which column is which, `cells` reads and writes
one value the Danish way, `columns` is the sheet's format, `importing` plans what each row does,
`report` prints that plan, `entryfile` writes entry files, `writer` writes the spreadsheet.
"""
