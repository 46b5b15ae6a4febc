// The words around a name that tell whose it is: a patient's, a relative's, a colleague's, or no person's.
// Read by the judge (judge.ts); "before" patterns end at the name, "after" patterns start right after it.

// A cue that ends where the name starts is matched backwards from the window's end, once, rather than
// tried from each character of the window.
const endingHere = (pattern: RegExp): RegExp => new RegExp(`$(?<=${pattern.source})`, pattern.flags);

// "Patient" naming a service or a role of the staff, not a patient: "the patient experience team", "our
// patient safety officer", "patient advocate".
export const PATIENT_AS_SERVICE =
  '(?!\\s+(?:experience|safety|relations|advocates?|advocacy|liaisons?|access|services|satisfaction|engagement|' +
  'education|navigation|navigators?|portal|transport|flow|care (?:technicians?|techs?|coordinators?|managers?|assistants?|team)))';

// Words that put a person in a patient's place: care, illness, birth, death, prayers.
export const PATIENT_CUE = new RegExp(
  `\\b(?:patients?${PATIENT_AS_SERVICE}|pt|admit(?:ted)?|admissions?|discharged?|recover(?:ing|y|s|ed)?|diagnos(?:ed|is)|` +
    'surger(?:y|ies)|transplant|icu|nicu|picu|ward|beds?|prayers?|pray(?:ing)?|get[- ]well|passed away|' +
    'died|death|born|birth|birthday|chemo\\w*|cancer|leuka?emia|tumou?r|stroke|heart attack|injur(?:y|ed|ies)|' +
    'accident|crash|trauma|rehab\\w*|dialysis|therapy|hospice|palliative|condolences|memory of|illness|' +
    'sepsis|treated|treatment|delivered|delivery|nursing home|skilled nursing|memory care|caregivers?|resident|oncology|stents?|colonoscopy|chart|' +
    'mrn|dob|fighter|warrior|journey|survivor|went home|going home|home today|recovery|procedure|implant|' +
    'pacemaker|insulin|wheelchair|caringbridge|gofundme|airlifted|er visit|ed visit|burn unit|infusion|' +
    'npo|dnr|arrived|newborn|preemie|baby|into the world|weeks old|days old|lb|oz|' +
    'replacement|biopsy|biopsies|fracture[sd]?|amputation|bypass|c-section|mastectomy|radiation|ventilator|' +
    'concussion|(?:stay|stays|trip|night|nights)\\s+in\\s+(?:our|the)\\s+(?:er|ed))\\b',
  'i',
);

// Words of employment: a name among them is a colleague's, not a patient's.
export const STAFF_CUE =
  /\b(?:joins?|joined|joining|hired|our team|new role|retir\w+|years of service|years with us|has worked|trained at|board[- ]certified|promoted|residency|fellowship|certification|colleagues?|co-?workers?|employees?)\b/i;

// Tokens after a name that make it the name of a thing, not a person ("Hernandez Family Birth Center").
export const NAMED_THING_AFTER =
  /^(?:\s+(?:Jr\.?|Sr\.?))?\s+(?:Family\s+\p{Lu}|Day|Week|Month|Award|Awards|Foundation|Center|Centre|Hospital|Clinic|Building|Wing|Pavilion|Hall|Fund|Scholarship|Lecture|Prize|Library|Institute|School|Park|Street|St\b|Avenue|Ave\b|Road|Rd\b|Drive|Boulevard|Blvd|Lane|Way|Memorial|Room|Garden|Unit|Program|Fellowship|Society|Club|County|Medical|Health|Elementary|Academy)/u;

// "our Cedar Ridge dialysis clinic", "Guardian Angel program": a place or a programme named like a person.
export const NAMED_PLACE_OR_PROGRAMME_AFTER =
  /^\s+(?:[a-z]+\s+)?(?:clinic|center|centre|campus|office|location|site|branch|hospital|unit|wing|lab|pharmacy|program|programme|award|fund|campaign|initiative|project|series|drive|scholarship|lecture|building)s?\b/;

export const MEDICAL_TITLE_BEFORE = endingHere(
  /(?:\b(?:dr|doctor|nurse|prof|professor|chaplain|midwife)\.?(?:\s+(?:rev|reverend|father|sister|pastor|dr)\.?)?|\bnurse practitioner|\bphysician assistant|\b(?:np|pa|rn|md))\s*$/i,
);

// A role noun right before the name ("respiratory therapist Ana Ruiz", "our head of infection prevention, Maya").
export const STAFF_ROLE_BEFORE = endingHere(
  /(?:\b(?:physicians?|surgeons?|therapists?|specialists?|technicians?|techs?|technologists?|pharmacists?|dietitians?|nutritionists?|educators?|directors?|managers?|coordinators?|supervisors?|administrators?|president|ceo|cno|cmo|cfo|coo|volunteers?|navigators?|counsell?ors?|chaplains?|midwives|midwife|nurses?|\w+ologists?|\w+icians?|anesthetists?|paramedics?|residents? physicians?|(?:safety|privacy|compliance|quality|experience|executive|medical|nursing|information|financial|operating)\s+officers?|advocates?|champions?|liaisons?)\s*,?\s*$)|(?:\b(?:head|director|chief|manager|lead|leader|president|chair|vice president)\s+of\s+[\w &-]{2,40},\s*$)|(?:\b(?:led|headed|chaired|managed|supervised|coordinated)\s+by\s*$)/i,
);

export const STAFF_AFTER = new RegExp(
  '^(?:' +
    ',?\\s+(?:RN|MD|DO|NP|PA-C|PA|CNM|CRNA|LPN|PhD|PharmD|DPT|APRN|BSN|MSN|FACS|DNP|CNS|RD|LCSW|RRT)\\b' +
    '|,\\s+(?:our|the|a)\\s+(?:new\\s+)?(?:[\\w-]+\\s+){0,4}?(?:nurse|therapist|physician|surgeon|doctor|specialist|director|manager|head|chief|officer|coordinator|technician|tech|pharmacist|midwife|chaplain|educator|dietitian|president|ceo|leader|lead|supervisor|administrator|volunteer|resident|fellow|hospitalist|intensivist)' +
    '|,\\s+one of (?:our|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:nurses|therapists|physicians|surgeons|doctors|specialists|technicians|techs|pharmacists|midwives|volunteers|chaplains|educators)' +
    '|\\s+as (?:our|the) (?:new )?' +
    '|\\s+(?:joins|joined|has joined|will lead|leads|trained|has worked|has cared for|celebrates \\d+ years|retires|is retiring)' +
    ')',
  'i',
);

export const HONORIFIC_BEFORE = endingHere(/\b(?:mr|mrs|ms|miss|mx|master|mister)\.?\s*$/i);

// Titles of office or faith: a person, but not one of ours, so cues decide.
export const OTHER_TITLE_BEFORE = endingHere(
  /\b(?:Officer|Coach|Rev|Reverend|Pastor|Father|Sister|Brother|Governor|Mayor|Senator|Representative|Judge|Captain|Sergeant|Deputy)\.?\s*$/,
);

// Words that name the person as a patient or a patient's relative, right before the name.
export const IDENTITY_BEFORE = endingHere(
  new RegExp(
    '(?:\\b(?:patients?|pt|pts|baby(?: boy| girl)?|little|tiny|fighter|warrior|superstar|survivor|preemie|grad|' +
      'mom|mum|mother|dad|father|son|daughter|wife|husband|brother|sister|grandma|grandpa|grandmother|' +
      'grandfather|nana|papa|granny|gran|grandson|granddaughter|aunt|auntie|uncle|niece|nephew|parents|twins|' +
      'fianc[ée]e?|resident|centenarian|patient-turned-[\\w-]+|great-grandma|great-grandpa)[.:,]?\\s*' +
      "(?:(?:\\p{Lu}[\\p{Ll}'’-]+\\s+)?(?:and|&)\\s+)?$)" +
      // "the patient in bed 7, Gordon": a patient placed by their bed or room, then named.
      '|(?:\\bpatient\\s+(?:in|from|on)\\s+(?:the\\s+)?(?:bed|room|ward|unit|bay)\\s+[\\w-]{1,5},\\s*$)' +
      '|(?:\\b\\d{1,3}[- ]?(?:years?[- ]old|y\\/?o|yo)(?:\\s+(?:boy|girl|man|woman|male|female|gentleman|lady|patient|son|daughter))?,?\\s*$)' +
      '|(?:\\b(?:male|female),\\s*$)',
    'iu',
  ),
);

// Kin words that are also titles of faith: only lowercase ones are kin ("her sister Ann", not "Sister Ann").
export const KIN_OR_TITLE = endingHere(/\b(Sister|Brother|Father)[.:,]?\s*$/);

// Someone addressed or honoured: whether they are a patient is told by the rest of the post.
export const ADDRESS_BEFORE = endingHere(
  new RegExp(
    '(?:\\b(?:get[- ]well(?: soon)?|happy (?:\\d+(?:st|nd|rd|th) )?birthday|welcome home|welcome|welcoming|' +
      'congrat(?:ulation)?s(?: to)?|thank you(?: to)?|thanks(?: to)?|shout ?out(?: to)?|proud of|way to go|rest easy|' +
      'rest in peace|we love you|love you|sending (?:love|hugs|prayers|strength) to|prayers (?:for|to)|praying for|' +
      'pray for|keep|wish(?:ing)?|meet|in (?:loving )?memory of|goodbye to|remembering|go|hi|hello|hey|dear|' +
      'honou?r(?:ing)?|celebrat(?:e|ing))[,!:]?\\s*(?:(?:our|little|baby|sweet|brave|young)\\s+)?$)',
    'i',
  ),
);

// What a patient does, right after the name.
export const PATIENT_ACT_AFTER = new RegExp(
  // An apposition may stand between the name and the act ("Keisha, a Millbrook teacher, died").
  '^(?:,[^,.;!?]{1,60},)?(?:,?\\s+(?:who\\s+)?(?:was|is|has been|had been|were|are|has|had|got|just)?\\s*(?:' +
    'admitted|born|discharged|diagnosed|airlifted|rushed|transferred|treated|recovering|released|intubated|' +
    'readmitted|hospitali[sz]ed|passed away|died|went home|is home|going home|rang the bell|beat|survived|' +
    'fought|underwent|suffered|received|brought|spent \\d+|arrived|delivered|in (?:the )?(?:icu|nicu|picu|ward|bed)' +
    ')\\b)',
  'i',
);

// A name's possession that belongs to a patient's story ("Chidi's kidney transplant", "Sam's mom").
export const PATIENT_POSSESSION_AFTER =
  /^\s+(?:\w+\s+)?(?:family|mom|mum|dad|mother|father|parents|journey|story|recovery|fight|battle|surgery|transplant|treatment|diagnosis|chart|room|bed|record|medical|life|care|condition|tumou?r|cancer|transfer|discharge|birth|birthday|wife|husband|son|daughter|sister|brother|wheelchair|caregivers|nurses|doctors|prognosis|tests?|results?|scans?|admission|labs?|funeral|memorial|obituary)\b/i;

// "Arjun Mehta, whose wife has been in our memory care program": a patient's relative.
export const RELATIVE_AFTER =
  /^,?\s+whose\s+(?:\w+\s+)?(?:wife|husband|partner|son|daughter|mom|mum|mother|dad|father|parents?|child|children|baby|brother|sister|grandson|granddaughter|grandmother|grandfather)\b/i;

// "Gus Thibodeaux, 91," "Emma, age 7", "Walt (90)": a person with an age. Not an area code, which the
// rest of a phone number follows: "Switchboard (541) 555-0100", "Enquiries, 541 555 0100" label a number.
export const AGE_AFTER =
  /^(?:,\s*(?:age[d]?\s*)?\d{1,3}(?=[,)\s.!;])(?![\s-]*\d{3}[\s.-]?\d{4})|\s*\(\s*(?:age[d]?\s*)?\d{1,3}\s*\)(?![\s-]*\d{3}[\s.-]?\d{4})|,\s*\d{1,3} years? (?:old|young))/i;

// "the Nguyen family", "the Johnson twins".
export const FAMILY_AFTER = /^\s+(?:family|families|twins|triplets|household|kids|children|clan)\b/;

// "Florence Nightingale, born May 12, 1820", "(1820–1910)": a historical figure, not a patient.
export const HISTORICAL_PERSON_AFTER =
  /^(?:[^.!?]{0,30}\b(?:born|b\.)\s[^.!?]{0,20}\b1[0-8]\d\d\b|\s*\(\s*1[0-8]\d\d\s*[–-])/;

// "therapy dog, Biscuit", "Bruno the therapy dog", "Biscuit, the golden retriever": an animal's name.
const ANIMALS =
  'dogs?|puppy|pup|cats?|kitten|horses?|pony|mascot|llama|alpaca|rabbit|bunny|retriever|labrador|poodle|' +
  'doodle|goldendoodle|labradoodle|bernedoodle|shepherd|terrier|spaniel|beagle|corgi|husky|greyhound|collie|dachshund|bulldog|canine';
export const ANIMAL_BEFORE = endingHere(new RegExp(`\\b(?:${ANIMALS})[,:]?\\s*$`, 'i'));
export const ANIMAL_AFTER = new RegExp(
  `^,?\\s+(?:the|our|a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:${ANIMALS})\\b`,
  'i',
);

// The name is given as a name: "My name is …", "Name: …", "last name? …", "signed, …".
export const NAME_LABEL_BEFORE = endingHere(
  /(?:\b(?:(?:full|first|last|given|family|maiden|sur|fore|nick)\s*)?names?(?:\s+(?:is|was|on (?:the|my|his|her) \w+(?: is)?))?\s*[:?]?\s*(?:\w+:\s*)?$|\b(?:call me|named|called|signed|sincerely|regards|i am|i'm|im|this is|it's|it is)[,:]?\s*$)/i,
);

// A self-introduction that only counts before a name the lists know ("I'm Naomi Ryan", "this is Ana").
export const SOFT_NAME_LABEL = /\b(?:i am|i'm|im|this is|it's|it is)[,:]?\s*$/i;

// "Parkinson's disease", "Down syndrome", "Bell's palsy": a name that names a disease, sign or test.
export const EPONYM_AFTER =
  /^\s+(?:disease|diseases|syndrome|palsy|lymphoma|sarcoma|an(?:a)?emia|disorder|test|sign|reflex|maneuver|manoeuvre|score|scale|criteria|classification|triad|tumou?r|ulcer|phenomenon|procedure|operation|fracture|cyst|contracture|dementia|ataxia|dystrophy|thyroiditis|encephalopathy)\b/i;
