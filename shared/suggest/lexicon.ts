// Word lists the rules read: reporting verbs, function words, titles, organisation words and
// the like. Lower case throughout; kept small and in one place so a reader can see what the
// engine knows and add a word without touching a rule.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Reporting verbs, by lemma. `strong` verbs report speech whatever follows them; `weak` ones
 * also have other senses ("wrote a symphony", "called for", "asked for more") and count only
 * before a quotation, "that", a colon or a question word.
 */
const STRONG = words(`
  say tell add state declare insist argue warn claim acknowledge admit concede confirm recall
  remark comment reply respond retort contend assert allege maintain stress emphasise
  emphasize predict promise pledge vow boast exclaim shout cry scream yell whisper mutter
  murmur snap quip caution complain testify tweet reiterate conclude note`);
const WEAK = words(`
  write ask call explain observe report read continue post suggest reveal mention disclose
  indicate agree announce remind advise describe`);
/** Verbs that attribute only beside a quotation: “Right, listen up,” he started. */
const DIALOGUE = words(`begin start sing shrug sigh laugh smile nod pant gasp growl hiss
  bark sneer groan moan grunt chuckle giggle sob wail mumble stammer stutter plead beg
  interrupt interject offer hum breathe`);

/** Irregular forms and doubled consonants: form → lemma. Regular -s/-ed/-ing forms are derived. */
const IRREGULAR = new Map(
  `said:say says:say saying:say told:tell tells:tell telling:tell wrote:write written:write
  writes:write writing:write sang:sing sung:sing began:begin begun:begin beginning:begin
  read:read reads:read reading:read snapped:snap snapping:snap quipped:quip quipping:quip`
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

const LEMMA_CACHE = new Map<string, string | null>();
const CACHE_LIMIT = 50_000;

/** Lemma of a reporting verb form ("said" → "say"), or null when the word is none. */
export function reportingLemma(lower: string): string | null {
  const cached = LEMMA_CACHE.get(lower);
  if (cached !== undefined) return cached;
  const lemma = findLemma(lower);
  if (LEMMA_CACHE.size >= CACHE_LIMIT) LEMMA_CACHE.clear();
  LEMMA_CACHE.set(lower, lemma);
  return lemma;
}

function findLemma(lower: string): string | null {
  const irregular = IRREGULAR.get(lower);
  if (irregular !== undefined) return irregular;
  if (known(lower)) return lower;
  for (const [suffix, replacements] of SUFFIXES) {
    if (!lower.endsWith(suffix) || lower.length < suffix.length + 2) continue;
    const stem = lower.slice(0, -suffix.length);
    for (const ending of replacements) {
      const lemma = stem + ending;
      if (known(lemma)) return lemma;
    }
    // Doubled consonants: "shrugged", "nodded", "sobbing".
    if (/(.)\1$/.test(stem) && known(stem.slice(0, -1))) return stem.slice(0, -1);
  }
  return null;
}
const SUFFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ied', ['y']],
  ['ies', ['y']],
  ['ed', ['', 'e']],
  ['es', ['', 'e']],
  ['s', ['']],
  ['ing', ['', 'e']],
];

const known = (lemma: string): boolean =>
  STRONG.has(lemma) || WEAK.has(lemma) || DIALOGUE.has(lemma);

export const isStrongLemma = (lemma: string): boolean => STRONG.has(lemma);
/** A verb that attributes only a quotation written right beside it ("he shrugged"). */
export const isDialogueLemma = (lemma: string): boolean => DIALOGUE.has(lemma);
/** Verbs whose object is the person told: "reminded you that …", "told Fox News …". */
export const RECIPIENT_LEMMAS = words(`tell remind inform assure warn advise promise notify ask
  convince persuade`);
/** Verbs whose reported clause may go without "that": "said the talks had begun". */
export const BARE_CLAUSE_LEMMAS = words(`say tell`);
/** Verb forms that are more often nouns ("the notes", "equal claims"): they need "that" or a quote. */
export const NOUN_LIKE_FORMS = words(`states notes claims reports comments calls posts replies
  answers remarks tweets writes reads statements`);

/** Cognition, perception and evidence verbs: not reported speech (the dev set's rule too). */
export const NON_SPEECH = words(`think thought believe believed know knew feel felt see saw
  hear heard remember remembered find found show showed shown`);

/** Words that, right after a reporting verb, begin a question reported indirectly. */
export const QUESTION_WORDS = words(`whether if why how what when where who which`);

export const DETERMINERS = words(`the a an this that these those some any many several few
  each every both all another either neither no one two three four five such most other`);
export const POSSESSIVES = words(`his her their its our my your whose`);
export const SUBJECT_PRONOUNS = words(`he she they it we i you`);
export const OBJECT_PRONOUNS = words(`him her them us me`);
export const RELATIVES = words(`who whom whose which that`);
/** Common irregular past tenses, so "Hicks found" ends a name ("found" is no noun here). */
export const IRREGULAR_PAST = words(`found thought knew made took went came gave saw got left felt
  held kept began ran became brought bought met sent spent stood understood won lost paid put
  led meant heard sought taught caught fought built drove rode wore chose spoke broke froze
  forgot hid sat slept swore threw withdrew overtook undertook oversaw`);

/** Question and relative words: pronouns, never a speaker. */
export const WH_WORDS = words(`who whom whose which what whoever whatever`);
/** Modals and auxiliaries after which a bare verb form reports ("they would say"). */
export const MODALS = words(`will would shall should can could may might must do does did
  'll 'd`);
export const FIRST_PERSON = words(`i we you`);
export const PREPOSITIONS = words(`of in on at by for with from to into onto about over under than
  after before during since until toward towards across through against among between within
  without via per like near upon amid despite unlike behind beyond along around outside inside`);
export const CONJUNCTIONS = words(`and or but nor yet so`);
export const SUBORDINATORS = words(`because although though while whereas if unless since when
  whenever after before once as until where`);
export const AUXILIARIES = words(`is are was were be been being am has have had having do
  does did will would shall should can could may might must`);
/** Adverbs that may sit between a speaker and the verb: "has repeatedly said", "also told". */
export const CUE_ADVERBS = words(`also later then again once still previously repeatedly
  earlier recently reportedly publicly privately already first last further separately often
  long simply flatly bluntly even just only quickly frankly openly`);
export const NEGATIONS = words(`not never n't no`);

/** Capitalised words that open sentences but are not names. */
export const FUNCTION_CAPS = words(`the a an this that these those some any many several few
  each every both all another either neither no but and or so yet however meanwhile in on at
  by for with from to of after before during since until while when where as if although
  though because unlike despite given following according it he she they we i you his her
  their its our my your there here what who why how which whose whom not also still now then
  today yesterday tomorrow last next earlier later one two three four five instead indeed
  only even just once again perhaps maybe yes okay ok oh well is are was were do
  does did has have had will would can could should may might must let let's just more most
  other such thus hence therefore still nor over under about than amid among between less
  more whoever whatever whereas`);

export const MONTHS_AND_DAYS = words(`january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday
  tuesday wednesday thursday friday saturday sunday`);

/** Abbreviations that end in a period without ending the sentence. */
export const ABBREVIATIONS = words(`mr mrs ms mx dr prof sen rep gov gen lt col capt sgt maj
  adm cmdr rev st jr sr no vs etc inc corp co ltd mt ft fig approx dept est jan feb mar apr
  jun jul aug sep sept oct nov dec e.g i.e a.m p.m u.s u.k u.n`);

/** Courtesy titles and the gender they tell. */
export const COURTESY: Readonly<Record<string, 'm' | 'f' | null>> = {
  mr: 'm',
  'mr.': 'm',
  mrs: 'f',
  'mrs.': 'f',
  ms: 'f',
  'ms.': 'f',
  miss: 'f',
  mx: null,
  'mx.': null,
  sir: 'm',
  dame: 'f',
  lord: 'm',
  lady: 'f',
  madam: 'f',
  monsieur: 'm',
  madame: 'f',
  herr: 'm',
  frau: 'f',
  señor: 'm',
  señora: 'f',
};

/** Titles written before a name ("President Volodymyr Zelensky"); they make it a person. */
export const TITLES = words(`president vice prime minister secretary senator sen. sen
  representative rep. rep governor gov. gov mayor general gen. gen lieutenant lt. colonel col.
  captain capt. sergeant sgt. major maj. admiral adm. commander cmdr. chancellor ambassador
  envoy judge justice king queen prince princess pope cardinal bishop archbishop rabbi imam
  sheikh emir chairman chairwoman chair director professor prof. prof dr. dr doctor father
  sister brother rev. rev reverend saint st. speaker leader chief deputy foreign defense
  defence interior finance economy health attorney officer detective inspector coach
  president-elect premier sultan czar tsar emperor empress crown councillor councilor
  councilman councilwoman alderman alderwoman congressman congresswoman assemblyman
  assemblywoman commissioner superintendent sheriff constable chancellor-elect archduke
  duke duchess baron baroness count countess marshal pastor ayatollah`);

/** Nouns that head a description of a person ("a Ukrainian official", "the spokesman"). */
export const PERSON_NOUNS = words(`politician politicians legislator legislators elder elders
  official officials spokesman spokeswoman spokesperson
  minister diplomat diplomats adviser advisor advisers advisors aide aides analyst analysts
  expert experts source sources officer officers lawmaker lawmakers senator negotiator
  negotiators envoy ambassador president secretary director chief head leader leaders
  executive executives member members resident residents witness witnesses doctor doctors
  lawyer lawyers attorney prosecutor prosecutors judge investigator investigators
  researcher researchers scientist scientists economist economists historian historians
  professor critic critics supporter supporters activist activists commander commanders
  soldier soldiers general colonel staffer staffers employee employees insider insiders
  person people man woman men women boy girl mother father wife husband son daughter friend
  neighbor neighbour owner founder chairman chairwoman candidate governor mayor counterpart
  representative representatives voice observer observers journalist journalists reporter
  reporters editor correspondent user users officials' worker workers teacher student
  students parent parents couple family spokespeople agent agents strategist strategists`);

/** Words that make a capitalised name an organisation ("the State Department"). */
export const ORGANISATION_WORDS = words(`department ministry office house service agency
  council committee commission union party bank fund institute university college school
  foundation association corporation company inc corp ltd group court army navy force forces
  police guard board authority bureau administration government parliament congress senate
  assembly duma rada kremlin pentagon cabinet embassy organization organisation alliance
  federation league club network center centre hospital church campaign movement front
  coalition command security intelligence nato un eu opec fbi cia nsa fsb gru sbu firm
  charity nonprofit startup team institution regulator watchdog tribunal`);

/** Words that make a name a news outlet ("Fox News", "The New York Times", "Reuters"). */
export const OUTLET_WORDS = words(`news times post journal gazette herald tribune telegraph
  guardian press radio television tv broadcasting reuters bloomberg interfax tass xinhua
  ukrinform bbc cnn npr afp ap axios politico economist meduza abc cbs nbc msnbc sky
  al-jazeera aljazeera magazine daily weekly observer independent mirror sun express
  chronicle standard inquirer bulletin review wire outlet newspaper broadcaster tabloid`);

/** Governments and their seats, which speak as institutions ("Moscow said", "the Kremlin"). */
export const GOVERNMENT_WORDS = words(`kremlin pentagon government administration ministry
  cabinet parliament congress senate duma rada white downing élysée elysee`);

/** Singular or plural common nouns that read as groups ("analysts said"). */
export const GROUP_NOUNS = words(`officials diplomats analysts experts sources residents people
  lawmakers negotiators members aides advisers advisors critics observers supporters
  activists researchers scientists economists historians investigators prosecutors
  witnesses employees workers soldiers commanders leaders executives reporters journalists
  users voters protesters officers doctors teachers students parents families authorities
  police protesters demonstrators officials' staff delegation`);

/** Phrases that keep a source anonymous. */
export const ANONYMITY =
  /\b(?:on (?:the )?condition (?:of|that (?:he|she|they) not be) (?:anonymity|named|identified)|speaking anonymously|(?:requested|was granted|were granted|declined to be|asked not to be|would not be|could not be) (?:anonymity|named|identified)|not authori[sz]ed to (?:speak|comment|discuss)|who (?:was|were) not (?:named|identified)|familiar with)\b/i;

/** Phrases right after a reporting verb that name where it was said ("on social media"). */
export const MEDIUM_PHRASE =
  /^\s*(?:(?:on|via) (?:social media|x|twitter|facebook|instagram|telegram|tiktok|youtube|truth social|bluesky|threads|linkedin|television|tv|the radio|radio|(?:his|her|their|its) (?:telegram channel|website|blog|account|channel|podcast|show))|in (?:a|an|his|her|their|its|the) (?:(?:written |joint |brief |short |separate |televised |video |television |radio |phone |telephone |emailed |e-mailed |text |recent )?(?:statement|interview|post|video|address|speech|tweet|email|e-mail|letter|message|briefing|op-ed|essay|report|podcast|press release|note|filing|memo))|at (?:a|an|the) (?:news conference|press conference|briefing|rally|hearing|summit|meeting|event)|to (?:reporters|journalists|the press|the media|lawmakers))\b/i;

/** Time words that may follow a reporting verb without starting its clause ("said late Thursday"). */
export const TIME_WORDS = words(`late early last this next yesterday today tonight earlier later
  recently now then previously again morning afternoon evening night week month year`);

/** Nouns naming what an organisation says ("the Kremlin’s readout", "a White House statement"). */
export const VOICE_NOUNS = words(`readout statement statements report reports website account
  announcement communique communiqué release filing post posts tweet video letter transcript
  summary note memo document documents data figures record records channel spokesperson
  spokespeople press office`);
