// Capitalised words that are not people's names, lower case, by kind. Titles are among them: they are read
// separately, before the name. Months that are also first names (April, June) are not: a month is a name
// only before another name, which the name finder decides.
import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './calendar';
import { wordList } from './list';

export const FUNCTION_WORDS = wordList(`
  a an the and or but if so as at by for from in into of on onto to with without within via per our we us
  you your yours he she it its they them their his her hers my me i this that these those there here what
  when where who whom whose why how which while since until after before during due about above across along
  among around behind below beside between beyond over under up down out off again ever never always all any
  each every both few more most much many some no not only own same other another such than too very just also
  yet still even now then today tonight tomorrow yesterday soon later yes well i'm i've i'll i'd it's that's
  what's there's here's we're you're they're we've you've they've we'll you'll they'll don't can't won't
  isn't aren't wasn't didn't doesn't let's
`);

// Words that open a post or a sentence: calls to act, greetings, praise, numbers.
export const OPENERS = wordList(`
  please join meet welcome welcoming congratulations congrats thank thanks happy help send sending follow call
  calling visit learn ask book register get give take check share wear drive need did do does have has had
  were was is are be been being will would can could should may might must let lets starting start starts
  stop see read watch find found lost caught tag spotlight kudos shout shoutout reminder update notice alert
  announcement news breaking icymi fyi psst big huge little tiny proud special free new good great best annual
  first last next one two three four five six seven eight nine ten love sweet dear hi hello hey wow oh ready
  save saves know heads hand internal memory loving wishing birthday
`);

export const PLACES_OF_CARE = wordList(`
  lab labs room rooms bed beds ward floor unit units level wing tower building campus pavilion chapel garden
  hall lobby cafeteria entrance garage lot door suite clinic clinics hospital hospitals center centre
  department dept
`);

// Specialties, services, conditions and campaigns of care.
export const CARE = wordList(`
  emergency medical medicine health healthcare care cancer heart stroke breast birth awareness safety nursing
  surgery surgical trauma intensive critical pediatric pediatrics paediatric neonatal maternity labor labour
  delivery obstetrics cardiology cardiac oncology neurology orthopedics orthopaedics radiology imaging pharmacy
  rehab rehabilitation behavioral behavioural mental sleep diabetes prevention wellness primary urgent infusion
  dialysis hospice palliative transplant kidney liver lung blood vaccine vaccines flu covid measles screening
  screenings mammogram mammography quit line lifeline hotline life
`);

export const ORGANISATIONS_AND_EVENTS = wordList(`
  regional community public family families services service team teams group support class classes program
  programme foundation fund gala run walk fair award awards club school high university college society
  association county city state national international american red cross office board council institute
  network system alliance partners partner coalition church hotel grand park fire rescue police rotary mobile
  inc incorporated corp corporation company co llc ltd plc gmbh ag sa associates investments holdings
  technologies technology tech solutions systems industries enterprises ventures capital consulting
  insurance bank global media software analytics data digital logistics transit orchestra
  band records elementary academy
`);

export const STREETS_AND_DIRECTIONS = wordList(`
  street avenue road lane boulevard way court place parkway highway route blvd rd ave ln pkwy hwy ct pl ter cir
  trl sq north south east west northeast northwest southeast southwest eastside westside northside southside
  upper lower main
`);

// Months that are never first names; the others are decided by the name finder.
export const TIMES_AND_HOLIDAYS = wordList(`
  month week weekend day days night year years morning evening afternoon season holiday holidays spring
  summer fall autumn winter january february august september october november december christmas easter
  thanksgiving halloween valentine valentines juneteenth independence memorial veterans eve mothers fathers
`);

// People by role, age, kin or title.
export const PEOPLE = wordList(`
  pt patient patients nurses nurse doctors doctor dr physicians physician surgeon surgeons volunteers volunteer
  staff employees chief financial officer executive director manager president vice practitioner assistant
  specialist therapist therapists technician technologist coordinator educator counselor chaplain midwife
  pharmacist child children kids youth teens adult adults senior seniors men women mens womens baby babies mom
  moms dad dads parents twins mr mrs ms miss mx master mister sir madam coach rev reverend pastor father sister
  brother governor mayor senator representative judge captain sergeant deputy firefighter prof professor
`);

// The labels of a form's fields and a signature ("Name: …"): what follows them may be a name, they are not.
export const FORM_LABELS = wordList(`
  name names surname surnames forename forenames nickname signature
`);

export const MEDIA_AND_FORMATS = wordList(`
  instagram facebook youtube tiktok twitter linkedin threads mychart app website online portal email text phone
  fax questions question answers answer tips tip fact facts trivia quiz story stories photo photos video videos
  live
`);

export const COUNTRIES_AND_STATES = wordList(`
  oregon washington california idaho nevada alaska texas florida york america americas usa uk england britain
  canada mexico italy france spain germany china india japan africa europe asia
`);

// Peoples, nationalities, ethnicities and faiths: capitalised, never a person's name ("African American").
export const PEOPLES = wordList(`
  african afro hispanic latino latina latinx latine asian caucasian indigenous aboriginal pacific islander
  islanders alaskan hawaiian filipino filipina mexican chinese korean vietnamese japanese thai cambodian laotian
  hmong indian pakistani bangladeshi nepali sri lankan german french italian irish scottish welsh english
  british polish russian ukrainian greek arab arabic jewish muslim christian catholic protestant hindu sikh
  buddhist somali ethiopian eritrean nigerian ghanaian kenyan haitian jamaican cuban puerto rican dominican
  salvadoran guatemalan honduran colombian venezuelan peruvian brazilian portuguese spanish swedish norwegian
  danish dutch finnish hungarian czech slovak romanian bulgarian serbian croatian bosnian albanian turkish
  iranian persian afghan iraqi syrian lebanese palestinian israeli saudi saudis egyptian moroccan algerian
  tunisian sudanese congolese americans canadian australian european europeans asians africans
  latinos hispanics native natives navajo cherokee lakota ojibwe
`);

// Medicines by brand or generic name, some of which are also given names ("Allegra").
export const MEDICINES = wordList(`
  allegra lyrica celebrex humira enbrel ozempic wegovy keytruda lipitor zoloft prozac xanax ambien valium
  tylenol advil motrin aleve claritin zyrtec benadryl eliquis xarelto jardiance trulicity mounjaro zepbound
  dupixent stelara remicade rituxan herceptin opdivo narcan plavix coumadin lasix norvasc synthroid januvia
  victoza lantus humalog novolog paxlovid tamiflu epipen botox adderall ritalin suboxone naloxone
`);

// Acronyms the lists of given and family names also hold ("Nicu", "Ira", "Vic"): in capitals they stay
// acronyms (names/tokens.ts), while "Ira Glass" in title case is a name as before.
export const ACRONYMS_ALSO_NAMES: ReadonlySet<string> = new Set(
  wordList(`
  nicu micu iban vic tas ada ama ira phi tia
`),
);

export const NOT_A_NAME: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...OPENERS,
  ...PLACES_OF_CARE,
  ...CARE,
  ...ORGANISATIONS_AND_EVENTS,
  ...STREETS_AND_DIRECTIONS,
  ...TIMES_AND_HOLIDAYS,
  ...WEEKDAYS,
  ...WEEKDAY_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS,
  ...PEOPLE,
  ...FORM_LABELS,
  ...MEDIA_AND_FORMATS,
  ...COUNTRIES_AND_STATES,
  ...PEOPLES,
  ...MEDICINES,
]);
