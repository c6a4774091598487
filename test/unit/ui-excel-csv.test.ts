import { BOM, csvDialect, toExcelCsv, type CsvColumn } from '../../admin-ui/src/common/excel-csv';

type Row = { month: string; name: string; count: number; rate: number | null; at: string };
const columns: CsvColumn<Row>[] = [
  { label: 'Kuukausi', kind: 'text', value: (r) => r.month },
  { label: 'Nimi; selite', kind: 'text', value: (r) => r.name },
  { label: 'Säästö', kind: 'number', value: (r) => r.count },
  { label: 'Vastausosuus', kind: 'percent', value: (r) => r.rate },
  { label: 'Viimeksi', kind: 'datetime', value: (r) => r.at },
];
const rows: Row[] = [
  {
    month: 'joulu 2026 (tähän mennessä)',
    name: 'Äitiysneuvola; "Oulu"',
    count: 1234.5,
    rate: 0.7525,
    at: '2026-07-01T21:30:00Z',
  },
  { month: 'marras 2026', name: '=HYPERLINK("x")', count: 7, rate: null, at: '2026-01-15T08:05:00Z' },
];

/** A small RFC 4180 reader with the given separator: what Excel does with the file. */
function parse(text: string, separator: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\r') continue;
    else if (c === '\n') {
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return out;
}

describe('Excel-ready CSV (one dialect for every download)', () => {
  it('fi and sv: BOM, semicolons, decimal comma, percentages, Helsinki time; parses back', () => {
    const text = toExcelCsv(rows, columns, 'fi');
    expect(text.startsWith(BOM)).toBe(true);
    expect(csvDialect('sv')).toEqual({ separator: ';', decimal: ',' });
    expect(parse(text.slice(1), ';')).toEqual([
      ['Kuukausi', 'Nimi; selite', 'Säästö', 'Vastausosuus (%)', 'Viimeksi'],
      ['joulu 2026 (tähän mennessä)', 'Äitiysneuvola; "Oulu"', '1234,5', '75,3', '2026-07-02 00:30'],
      ['marras 2026', '\'=HYPERLINK("x")', '7', '', '2026-01-15 10:05'],
    ]);
  });

  it('en: commas and decimal points', () => {
    const text = toExcelCsv(rows.slice(0, 1), columns, 'en');
    expect(parse(text.slice(1), ',')[1]).toEqual([
      'joulu 2026 (tähän mennessä)',
      'Äitiysneuvola; "Oulu"',
      '1234.5',
      '75.3',
      '2026-07-02 00:30',
    ]);
    expect(text.split('\r\n')[0]).toBe(`${BOM}Kuukausi,Nimi; selite,Säästö,Vastausosuus (%),Viimeksi`);
  });
});
