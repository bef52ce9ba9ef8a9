import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childNamed, escapeAttribute, escapeText, parseXml, XmlError } from './xml';

describe('the XML writer and reader', () => {
  it('reads back any text and attribute value exactly as written', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        (text, value) => {
          // XML cannot carry C0 controls, U+FFFE/F or lone surrogates; the writer replaces them.
          // eslint-disable-next-line no-control-regex
          fc.pre(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(text + value));
          const root = parseXml(`<r a="${escapeAttribute(value)}">${escapeText(text)}</r>`);
          expect(root.text).toBe(text);
          expect(root.attrs.get('a')).toBe(value);
        },
      ),
    );
  });

  it('replaces what XML cannot carry rather than writing a file no reader accepts', () => {
    expect(parseXml(`<r>${escapeText('a\u0001b\uD800c')}</r>`).text).toBe('a\uFFFDb\uFFFDc');
  });

  it('keeps CR, tab and newline in attributes and CR in text', () => {
    const root = parseXml(`<r a="${escapeAttribute('a\tb\nc\rd')}">${escapeText('x\r\ny')}</r>`);
    expect(root.attrs.get('a')).toBe('a\tb\nc\rd');
    expect(root.text).toBe('x\r\ny');
  });

  it('resolves namespaces by prefix and by default, and reads CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!-- c --><p:A xmlns:p="urn:x"><B xmlns="urn:y"><![CDATA[<raw> & ]]>&#x1F600;</B></p:A>',
    );
    expect([root.name, root.namespace]).toEqual(['A', 'urn:x']);
    const b = childNamed(root, 'B')!;
    expect([b.namespace, b.text]).toEqual(['urn:y', '<raw> & 😀']);
  });

  it('refuses DOCTYPEs, undefined entities, stray ampersands and broken nesting', () => {
    const bad = [
      '<!DOCTYPE r [<!ENTITY lol "lol">]><r>&lol;</r>',
      '<!DOCTYPE r SYSTEM "http://example.org/x.dtd"><r/>',
      '<r>&nbsp;</r>',
      '<r>AT&T</r>',
      '<r><s></r></s>',
      '<r a="1" a="2"/>',
      '<p:r/>',
      '<r/><r/>',
      '<r>&#0;</r>',
    ];
    for (const xml of bad) expect(() => parseXml(xml), xml).toThrow(XmlError);
  });
});
