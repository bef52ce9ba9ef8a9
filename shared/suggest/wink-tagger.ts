// Part-of-speech tags from wink-nlp's English model mapped onto the engine's tokens, to measure
// whether a statistical tagger beats the lexicon (`npm run eval:suggest -- --wink`, or
// `-- --wink=all`). Not imported by the engine, so neither the app's bundle nor the command line
// loads the 3.8 MB model.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Tag, Tagger, Token } from './tokens';

const TAGS = new Set<string>([
  'PROPN',
  'NOUN',
  'VERB',
  'AUX',
  'ADJ',
  'ADV',
  'ADP',
  'DET',
  'PRON',
  'CCONJ',
  'SCONJ',
  'PART',
  'NUM',
]);
const OPEN_CLASS = new Set<Tag>(['NOUN', 'VERB', 'ADJ', 'ADV', 'AUX']);

/**
 * A Tagger backed by wink-nlp. `mode` 'open' (the default) lets the model decide only the
 * lower-case words the lexicon cannot place (noun, verb or adjective?); 'all' takes every tag
 * the model gives. Loading the model takes a few hundred milliseconds.
 */
export function winkTagger(mode: 'open' | 'all' = 'open'): Tagger {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return (text: string, tokens: readonly Token[]): Array<Tag | null> => {
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out(its.value) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const tags = new Array<Tag | null>(tokens.length).fill(null);
    // wink keeps each token's preceding white space, so offsets can be rebuilt exactly.
    let offset = 0;
    let k = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      offset += spaces[i]!.length;
      const start = text.startsWith(value, offset) ? offset : text.indexOf(value, offset);
      if (start < 0) continue;
      offset = start + value.length;
      while (k < tokens.length && tokens[k]!.end <= start) k++;
      const own = tokens[k];
      const tag = pos[i]!;
      if (!own || own.start > start || !TAGS.has(tag) || tags[k] !== null) continue;
      if (mode === 'open') {
        const undecided =
          !own.cap && (own.tag === 'NOUN' || own.tag === 'VERB' || own.tag === 'ADJ');
        if (!undecided || !OPEN_CLASS.has(tag as Tag)) continue;
      }
      tags[k] = tag as Tag;
    }
    return tags;
  };
}
