"""Baseline for `vigil-bench xlsx`: read every row of a workbook's first sheet with openpyxl in
read-only mode (its fastest), as a Python script reading a spreadsheet export would."""
import sys
import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
sheet = workbook.worksheets[0]
rows = 0
cells = 0
for row in sheet.iter_rows(values_only=True):
    rows += 1
    cells += sum(1 for value in row if value is not None)
print(rows, cells)
