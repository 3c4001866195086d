// What feature extraction reads besides the text (see FeatureContext): the lexicon, and what the
// index learnt from the knowledge. One class for both uses, indexing the knowledge's own questions
// (nothing learnt yet, no spelling correction) and reading customers' messages, so that the feature
// code sees one object shape and the optimising compiler compiles it once, not again when the first
// message arrives (a short `xiaoer match` process pays for every recompilation).
import { Speller } from '../text/speller.js';
import { inflections, stem } from '../text/stem.js';
import type { FeatureContext } from './features.js';
import type { Homophones } from './homophones.js';
import type { KeyMap } from './keys.js';
import type { CompiledLexicon } from './lexicon.js';

export class KnowledgeContext implements FeatureContext {
  knownPairs: { has(key: number): boolean } | undefined = undefined;
  boundPairs: KeyMap | undefined = undefined;
  homophones: Homophones | undefined = undefined;
  /** See FeatureContext.knowledgeWords. */
  knowledgeWords: Set<string> | undefined = undefined;
  private spellerMemo: Speller | undefined = undefined;
  private stemsMemo: Set<string> | undefined = undefined;

  /**
   * `vocabulary`: every English word of the knowledge and the lexicon, for spelling correction;
   * undefined while indexing (the knowledge is taken as written).
   */
  constructor(
    readonly lexicon: CompiledLexicon,
    private readonly vocabulary: readonly string[] | undefined,
  ) {}

  /** Built on the first English word that needs it: a Chinese shop may never see one. */
  get speller(): Speller | undefined {
    if (!this.vocabulary) return undefined;
    return (this.spellerMemo ??= new Speller(this.vocabulary, inflections));
  }

  get knownStems(): Set<string> | undefined {
    if (!this.vocabulary) return undefined;
    return (this.stemsMemo ??= new Set(this.vocabulary.map((w) => stem(w))));
  }
}
