// Names the engine recognises without a model: common first names (for "he"/"she"
// agreement) and places (a place speaks only as its government: "Moscow said"). Lower case.
// A name missing here is simply unknown; the rules then use titles and the article's pronouns.
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Common female and male first names, for "he"/"she" agreement; a name not here is unknown. */
export const FEMALE_NAMES = words(`mary patricia jennifer linda elizabeth barbara susan
  jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle
  dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
  shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
  rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia
  kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline
  frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy
  grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie
  isabella charlotte rose alexis kayla angela ursula marine ségolène segolene hillary kamala nancy condoleezza theresa jacinda sanna giorgia
  yulia olena iryna oksana natalia natalya svetlana tatiana elena irina ekaterina maria
  valentina ingrid annalena kaja roberta federica christine ursula liz priyanka nikki tulsi
  elise marjorie lauren kristi karine jen hasina benazir indira golda aung
  beata agnieszka anne annie jane emily lucy sophie claire chloe zoe amelia ella mia ava
  isabel isabelle nina lena leah eva eve ida tina gina dana dina mona rosa sofia laila layla
  fatima aisha amina zainab mariam maryam`);
export const MALE_NAMES = words(`james john robert michael william david richard joseph
  thomas charles christopher daniel matthew anthony mark donald steven steve paul andrew
  joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
  nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory
  alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry
  douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry austin
  sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe
  logan albert willie alan eugene russell vincent philip bobby johnny bradley roy ralph
  louis randy wayne howard dmitri dmitry vladimir volodymyr sergei sergey sergiy andriy
  andrei andrey oleksandr olexander rustem pavlo kyrylo kostyantyn konstantin mykhailo
  mikhail yuri yury grigory igor ivan oleg viktor victor boris nikolai alexei alexey
  maxim anton emmanuel olaf friedrich recep xi narendra justin rishi
  keir jair luiz javier pedro mohammed muhammad ahmed ali hassan hussein
  omar abdullah ibrahim khalid mahmoud bashar hamad tamim salman hakan nicolás nicolas
  luis carlos juan miguel jorge antonio giuseppe matteo mario sergio jens
  marco hunter pete mike jim tom bill bob ted chuck mitch rand ron gavin kash
  elon jeff tim sundar satya andy`);

/** Countries, regions and capitals: a name that is a place speaks only as its government. */
export const PLACES = new Set(
  `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
  bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
  botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
  colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt
  eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana
  greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran
  iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
  kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
  madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia
  moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
  netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
  peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
  seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland
  syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey türkiye turkmenistan
  tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
  europe asia africa america americas crimea donbas donetsk luhansk gaza kashmir tibet
  xinjiang moscow kyiv kiev washington london paris berlin beijing tokyo riyadh tehran
  jerusalem brussels rome madrid warsaw ankara cairo baghdad damascus kabul delhi islamabad
  seoul pyongyang minsk tbilisi baku yerevan vienna geneva budapest prague bucharest sofia
  athens lisbon dublin oslo stockholm helsinki copenhagen ottawa canberra brasilia havana
  caracas kharkiv odesa odessa mariupol kherson zaporizhzhia bakhmut avdiivka`
    .trim()
    .split(/\s+/),
);
/** Multi-word places ("Saudi Arabia", "United States"), lower case. */
export const MULTIWORD_PLACES = new Set([
  'united states',
  'united kingdom',
  'saudi arabia',
  'south korea',
  'north korea',
  'south africa',
  'new zealand',
  'united arab emirates',
  'sri lanka',
  'costa rica',
  'el salvador',
  'czech republic',
  'dominican republic',
  'ivory coast',
  'hong kong',
  'new york',
  'los angeles',
  'san francisco',
  'tel aviv',
  'black sea',
  'middle east',
  'west bank',
  'gaza strip',
  'european union',
  'soviet union',
  'latin america',
  'north america',
  'south america',
  'east asia',
  'new delhi',
  'abu dhabi',
  'buenos aires',
]);
/** Prefixes of place names ("New Hampshire", "San Diego", "North Dakota"). */
export const PLACE_PREFIXES = words(`new san santa los las north south east west saint st. st
  lake mount port fort`);
