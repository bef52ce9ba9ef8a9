// mammoth's HTML to blocks, without a DOM: kinds from the enclosing element, entities decoded,
// note markers removed and notes kept at the end.
import { describe, expect, it } from 'vitest';
import { blocksFromHtml, decodeEntities } from './docx-html';

describe('blocksFromHtml', () => {
  it('gives headings, paragraphs, quotes and list items in order', () => {
    const html =
      '<h1>Title</h1><p>Body with <strong>bold</strong> and <em>em</em>.</p>' +
      '<blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>' +
      '<ul><li>Item one<ul><li>Nested</li></ul></li><li>Item two</li></ul><h3>Sub</h3>';
    expect(blocksFromHtml(html).blocks).toEqual([
      { kind: 'heading', text: 'Title' },
      { kind: 'paragraph', text: 'Body with bold and em.' },
      { kind: 'quote', text: 'Quoted one.' },
      { kind: 'quote', text: 'Quoted two.' },
      { kind: 'list-item', text: 'Item one' },
      { kind: 'list-item', text: 'Nested' },
      { kind: 'list-item', text: 'Item two' },
      { kind: 'heading', text: 'Sub' },
    ]);
  });

  it('decodes entities and never treats text as markup', () => {
    const { blocks } = blocksFromHtml(
      '<p>a &lt;script&gt;x&lt;/script&gt; &amp; &quot;b&quot; &#8220;c&#x201D;</p>',
    );
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'a <script>x</script> & "b" “c”' }]);
  });

  it('reads table cells as paragraphs and line breaks as spaces, and skips images', () => {
    const html =
      '<table><tr><td><p>Left</p></td><td><p>Right</p></td></tr></table>' +
      '<p>one<br />two<img src="" /></p>';
    expect(blocksFromHtml(html).blocks.map((b) => b.text)).toEqual(['Left', 'Right', 'one two']);
  });

  it('removes note markers and moves notes to the end, numbered', () => {
    const html =
      '<p>Said so<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>. See <a href="https://example.org">this</a>.</p>' +
      '<ol><li id="footnote-1"><p>The source. <a href="#footnote-ref-1">↑</a></p><p>More of it.</p></li>' +
      '<li id="endnote-2"><p>An endnote. <a href="#endnote-ref-2">↑</a></p></li></ol>';
    expect(blocksFromHtml(html)).toEqual({
      blocks: [
        { kind: 'paragraph', text: 'Said so. See this.' },
        { kind: 'paragraph', text: '[1] The source.' },
        { kind: 'paragraph', text: 'More of it.' },
        { kind: 'paragraph', text: '[2] An endnote.' },
      ],
      notes: 2,
    });
  });
});

describe('decodeEntities', () => {
  it('leaves unknown and out-of-range references harmless', () => {
    expect(decodeEntities('&xxe; &#0; &#x110000; &nbsp;')).toBe('&xxe;   &nbsp;');
  });
});
