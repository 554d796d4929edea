import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { typesetLiterals } from '../../src/template/typeset-literals.js';

const nb = '\u00A0';
/** Handlebars' AST printer, present at run time but missing from its type declarations. */
const print = (Handlebars as unknown as { print: (ast: hbs.AST.Program) => string }).print;

/** A template compiled with its literal text typeset, rendered with a view. */
function render(source: string, view: Record<string, unknown> = {}): string {
  const hb = Handlebars.create();
  hb.registerHelper('sentence', (...args: unknown[]) => (args.slice(0, -1) as string[]).join(''));
  hb.registerHelper('echo', (value: string) => value);
  return hb.compile(typesetLiterals(hb.parse(source)), { strict: true })(view);
}

describe('typesetLiterals: the template’s own words get the typography of plan values', () => {
  it('ties a short word to the value the template puts after it', () => {
    expect(render('<p>Контроль возложить на {{who}}</p>', { who: 'Иванову И.И.' })).toBe(
      `<p>Контроль возложить на${nb}Иванову И.И.</p>`,
    );
    expect(render('<p style="stamp">от {{date}} №&#160;{{n}}</p>', { date: '01.09.2025', n: '15' })).toBe(
      `<p style="stamp">от${nb}01.09.2025 №${nb}15</p>`,
    );
  });

  it('ties short words inside the text, makes number ranges, ≥ ≤ and nested quotes', () => {
    expect(render('<p>Классы 1-5, баллов &gt;= 3 и &lt;= 10, проект "Школа "Лидер""</p>')).toBe(
      `<p>Классы 1–5, баллов ≥${nb}3 и${nb}≤${nb}10, проект «Школа „Лидер“»</p>`,
    );
  });

  it('typesets the string arguments of a printed helper, not of a block or partial', () => {
    expect(render('<p>{{sentence "Контроль возложить на " who}}</p>', { who: 'Иванову' })).toBe(
      `<p>Контроль возложить на${nb}Иванову</p>`,
    );
    expect(render('{{#echo "1-5 на"}}{{/echo}}|{{echo "1-5 на" x="a - b"}}', {})).toBe('1-5 на|1–5 на');
  });

  it('leaves tags, attributes, values and template whitespace alone', () => {
    const source =
      '<table widths="1fr 35mm">\n<row><cell align="{{align}}" col-span="2"><p>В школе - {{value}}</p></cell></row>\n</table>';
    expect(render(source, { align: 'left', value: '1-5 "как есть"' })).toBe(
      `<table widths="1fr 35mm">\n<row><cell align="left" col-span="2"><p>В${nb}школе${nb}– 1-5 &quot;как есть&quot;</p></cell></row>\n</table>`,
    );
  });

  it('does not tie a short word that ends the paragraph or is followed by a new line', () => {
    expect(render('<p>оставляю за собой и</p>\n<p>и\n{{x}}</p>', { x: 'y' })).toBe(
      `<p>оставляю за${nb}собой и</p>\n<p>и\ny</p>`,
    );
  });

  it('leaves text with an entity the markup does not know as it is, for the markup check to report', () => {
    expect(render('<p>в школе&nbsp;- "да"</p>')).toBe('<p>в школе&nbsp;- "да"</p>');
  });

  it('is idempotent: a typeset template typesets to itself', () => {
    const source = '<p>Контроль за&#160;исполнением возложить на {{who}}: 1-5, &gt;= 3, "а "б""</p>';
    const once = print(typesetLiterals(Handlebars.parse(source)));
    const twice = print(typesetLiterals(typesetLiterals(Handlebars.parse(source))));
    expect(twice).toBe(once);
  });
});
