/**
 * What capitalised words are and are not, for finding the actors of an event without a tagger.
 * The name finder (src/extract/text/names.ts) takes runs of capitalised words, drops the words
 * listed here, and cuts runs at role titles ("Apple CEO Steve Jobs" gives "Apple" and
 * "Steve Jobs"). Examples run as tests: each sentence gives exactly the names listed.
 */

/** Capitalised at the start of a sentence, or in headlines, but never a name by themselves. */
export const NOT_NAMES =
  'The A An This That These Those There Here It Its He She They We I You His Her Their Our My Your Him Them Us ' +
  'In On At By For From To Of With Without Into Onto Over Under After Before During Since Until Despite Amid Among ' +
  'Between Through Throughout Across Against Along Around About Above Below Near Within Following Including Like ' +
  'And But Or Nor Yet So If When While Whereas Although Though Because As Once Unless Whether Where Which Who Whom ' +
  'What Why How Whose Then Now Also Still Even Only Just However Meanwhile Moreover Furthermore Nevertheless ' +
  'Instead Indeed Thus Therefore Hence Later Earlier Previously Currently Today Tonight Yesterday Tomorrow Last Next ' +
  'Some Many Most Several Few All Both Each Every Other Others Another Such No Not None More Less Much ' +
  'According Rather Given Despite Overall Finally Firstly Secondly Initially Ultimately Recently Already Altogether ' +
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
  'September October November December Spring Summer Autumn Fall Winter Christmas Easter Mr Mrs Ms Dr ' +
  'Structure-wise Competition-wise Formerly Thousands Hundreds Millions Dozens Leave Comment Neither Either ' +
  'One Unfortunately Fortunately Sadly Apparently Reportedly Notably Separately Similarly Likewise Additionally ' +
  'Share Tweet Email Print Read Click Subscribe Advertisement Photo Video Image Copyright ' +
  'Nothing Nobody Everything Everyone Everybody Something Someone Somebody Anything Anyone Anybody ' +
  // (plural nouns of people and stocks that open sentences, in no name: "Officials said",
  // "Shares of Apple Inc. rose", "Analysts Ann Lee, of Nomura, and ...")
  'Officials Shares Analysts Investors Residents Witnesses Voters Prosecutors Investigators Researchers ' +
  // (an ampersand's abbreviations of things, not firms: "R&D spending rose", "a Q&A session")
  'R&D Q&A M&A P&L';

/**
 * Common words that open a sentence capitalised, no name unless the article writes them as one
 * elsewhere: people named by a stance ("Critics said", "Supporters of the bill rallied") and
 * words that qualify what follows ("Little is known", "Good morning", "Terrorist groups
 * claimed"). A name they open stays ("Little Rock", "Good Morning America").
 */
export const COMMON_OPENERS =
  'Supporters Critics Protesters Protestors Opponents Demonstrators Activists Analysts Observers ' +
  'Skeptics Sceptics Detractors Little Good Terrorist ' +
  // (and people named by their trade, who speak for where they work: "Economists at Morgan
  // Stanley said")
  'Economists Strategists Scientists Experts';

/**
 * Adverbs of degree: no name opening a sentence, unless a capitalised word follows them in the
 * name ("Nearly simultaneous bombings killed 258", "Almost 20 people fled"; not the film "Almost
 * Famous won").
 */
export const DEGREE_ADVERBS = 'Nearly Almost';

/**
 * Sentence adverbs: no name as a sentence's or a quotation's first word ("Meantime, the company
 * closed the plant", "Ahead of the vote, ..."); inside a run of capitalised words they may be part
 * of one ("Go Ahead Group said ...").
 */
export const SENTENCE_ADVERBS =
  'Meantime Ahead Elsewhere Nonetheless Afterwards Afterward Otherwise Consequently Accordingly ' +
  'Besides Regardless Alternatively Eventually Subsequently Perhaps Again Originally Clearly ' +
  'Obviously Certainly Surprisingly Interestingly Importantly Specifically Particularly Especially ' +
  'Hopefully Luckily Ironically Admittedly Presumably Allegedly Evidently Conversely Typically ' +
  // (and "Right now", "Right after the vote")
  'Right ' +
  // (and other openers, no name there: "Contrary to reports", "Additional details emerged",
  // an imperative "“Expect no extensions,” the court said", "Back pay was approved", "Late on
  // Tuesday, ...", "Apart from France, Germany opposed", "Aside from the fee, ...")
  'Contrary Additional Expect Back Late Apart Aside';

/**
 * Months, a season and a modal that are also people's names, cut from a name elsewhere: after a
 * known first name they are a surname ("Theresa May resigned", "George Will wrote"); before a
 * surname (and a middle name) and its verb, opening a name, a first name ("Will Smith won",
 * "April Ryan asked", "Summer Lee won", "June Carter Cash recorded"); not after a preposition or
 * a word of time ("In May Smith resigned", "Last April Jones said"), nor in a question ("Will
 * Smith resign?"), nor before a number ("John May 5").
 */
export const FIRST_NAMES_ALSO_WORDS = 'May April June August Will Summer';

/** Words of time before a month ("late May", "last April"): the month is no first name there. */
export const MONTH_MODIFIERS = 'last next early late mid this';

/**
 * People who speak for where they work: a name after "at" that follows one of these, opening the
 * subject, is their employer, who acts ("Analysts at Goldman Sachs said", "Researchers at MIT
 * found"), not a place where things happen ("Protesters at Trafalgar Square chanted").
 */
export const STAFF_NOUNS =
  'analysts economists strategists researchers scientists engineers doctors physicians ' +
  'executives employees staff traders lawyers experts professors officials investigators police';

/**
 * People at a workplace who speak for themselves, not for it: a name after "at" that follows one
 * of these is no employer that acts ("Workers at Ford voted to strike": the union's act, not
 * Ford's), though as a sentence's opener before "in"/"at" the word is common, as STAFF_NOUNS are.
 */
export const WORKFORCE_NOUNS = 'workers';

/**
 * Words that end a site's name: people at it work there, but no one there speaks for it, so a
 * name after "at" ending in one is where things happen, not an employer that acts ("Officials at
 * Heathrow Airport said", "Police at Union Station", "Workers at Wembley Stadium"). Not
 * "Hospital", "University", "Museum": institutions that speak through their staff ("Doctors at
 * Mercy Hospital said").
 */
export const SITE_WORDS =
  'Airport Station Stadium Arena Square Park Street Avenue Road Bridge Base Harbor Harbour Port ' +
  'Prison Camp Beach Mall Terminal';

/**
 * Bodies named for the street they sit on, which speak through the people at them as an employer
 * does ("Officials at Downing Street said": the Prime Minister's office; "Analysts at State Street
 * said": the bank), though their name ends in a SITE_WORDS word. Underscores join a name's words.
 */
export const BODIES_NAMED_FOR_SITES = 'Downing_Street State_Street Wall_Street';

/**
 * Titles of beauty contests, whose "Miss" is no role before a person's name ("Miss Universe was
 * crowned"; not "Miss Smith testified"). Comma-separated.
 */
export const PAGEANT_TITLES =
  'Miss Universe, Miss World, Miss America, Miss USA, Miss Earth, Miss International, Miss Teen USA';

/**
 * Numbers never a name alone that open a band's or a building's name before its verb ("One
 * Direction played", "One World Trade Center opened"); not before a people, a party or a role
 * ("One Texan died", "One Democrat voted", "One Marine was killed") nor a noun ("One Apple
 * engineer said").
 */
export const NUMBERS_OPENING_NAMES = 'One';

/**
 * Words after a quotation's first word that make it a verb bidding something, no name: its
 * object ("“Stop the war,” the crowd chanted", "“Bring them home,” the families said"; not
 * "“Obama!” they shouted").
 */
export const BIDDING_OBJECTS = 'the a an this these those them us him me it our your my their his';

/**
 * Words that deny the capitalised noun after them in a slogan inside quotation marks, when the
 * noun ends its part of the slogan: "“No Justice, No Peace”" names no one (not "“No Democrats
 * will vote for it”").
 */
export const SLOGAN_DENIALS = 'No';

/**
 * Role words: cut a name run and are not names themselves ("Apple CEO Steve Jobs" gives "Apple"
 * and "Steve Jobs", "Coach Joe Little" gives "Joe Little"). Lower-case variants match too. One
 * ending a name after a known first name is a surname ("Stephen King", "Mark Judge").
 */
export const ROLE_WORDS =
  'CEO CFO COO CTO Chief Executive Officer President Vice Prime Minister Ministers Secretary Chancellor ' +
  'King Queen Prince Princess Pope Judge Sir Lord Lady Dame General Gen Colonel Col Captain Capt ' +
  'Lieutenant Sergeant Admiral Senator Sen Governor Gov Mayor Ambassador Spokesman Spokeswoman Spokesperson ' +
  'Chairman Chairwoman Director Commissioner Presiding Former Deputy Acting Interim Co-founder Cofounder ' +
  'Founder Analyst Employee Professor Prof Premier Speaker Representative Rep Patriarch Archbishop Bishop Cardinal ' +
  'Rabbi Imam Sheikh Emir Sultan Commander Marshal Attorney Prosecutor Inspector Superintendent Detective ' +
  'Correspondent Reporter Editor Columnist Adviser Advisor Dr Mr Mrs Ms Miss Mx Coach';

/**
 * Words that name a field of a role ("Foreign Minister", "Minister for Digital Development"):
 * part of the role when next to a role word, ordinary name words elsewhere ("Security Council").
 */
export const ROLE_FIELDS =
  'Foreign Defense Defence Interior Finance Economy Economic Justice Health Culture Digital Development ' +
  'Trade Affairs Emergency Emergencies Energy Transport Agriculture Education Security Home State Operating ' +
  'Crown Deputy Assistant Senior Junior Principal Managing General Executive Chief First Surgeon ' +
  'Homeland Human Services Housing Urban Veterans Labor Commerce Transportation National Intelligence';

/**
 * Words that join capitalised words into one name ("Bank of England", "Leonardo da Vinci", "Dar
 * es Salaam").
 */
export const NAME_CONNECTORS = 'of de da del della di du van von der den la le al bin ibn es & y';

/**
 * Connectors of NAME_CONNECTORS that join words only into a place the gazetteer knows ("Dar es
 * Salaam"): elsewhere they are a verb of another language ("“Venezuela es Chávez,” Maduro said").
 */
export const PLACE_NAME_CONNECTORS = 'es';

/**
 * A lawmaker's party and state after the name ("Rep. Tom Price, R-Ga., said", "D-N.Y."): no name
 * of its own (not "D-Day").
 */
export const PARTY_AND_STATE = String.raw`^[DRI]-(?!Day$)\p{Lu}[\p{L}.]{0,4}$`;

/** Suffixes after a family name ("Martin Luther King Jr."): the word before is no role's. */
export const NAME_SUFFIXES = 'Jr Sr';

/**
 * The last words of a public body whose name may hold "and" after its first word ("the
 * Immigration and Naturalization Service", "the Food and Drug Administration", "the Securities
 * and Exchange Commission"): "the", one capitalised word, "and", capitalised words ending so.
 */
export const AND_JOINED_BODIES =
  'Service Services Administration Commission Department Agency Bureau Board Authority Committee';

/**
 * Abbreviations that open a place's or a saint's name, their period inside it ("St. Albans",
 * "Mt. Kenya", "Ft. Lauderdale"): the name goes on after the period.
 */
export const NAME_OPENING_ABBREVIATIONS = 'St Mt Ft';

/**
 * Particles written in lower case and joined by a hyphen to the capitalised name they open
 * ("al-Qaeda", "Ahmed Maher el-Sayed", "Nouri al-Maliki"): the word is a name's all the same.
 */
export const HYPHENED_NAME_PARTICLES = 'al el';

/**
 * The particles of family names ("Luiz Inacio Lula da Silva", "Ursula von der Leyen"): in a name
 * that opens with a known first name, they do not make it an organisation's.
 */
export const FAMILY_NAME_PARTICLES =
  'de da do dos das del della di du van von der den la le al bin ibn';

/** Pronouns that continue the story of the last named actor. */
export const PRONOUNS = {
  person: 'he she him her his hers himself herself',
  group: 'they them their theirs themselves',
  thing: 'it its itself this that',
} as const;

/**
 * A game's result told right after a sentence's first word: a result's verb, the other side (up to
 * three capitalised words, after "with", "to", "against" or "at"), then the score ("Reading beat
 * Luton 2-1", "Reading drew 1-1 with Barnsley"). A first word in -ing before it is a club's town
 * ("Reading", "Barking", "Woking"), no participle. Regex source, tried on the text after that word.
 */
export const RESULT_AFTER_OPENER = String.raw`^\s+(?:beat|beats|drew|draw|lost|edged|thrashed|defeated|trounced|routed|won|held|hammered)\s+(?:(?:with|to|against|at)\s+)?(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:1\d\d|\d{1,2})[-–](?:1\d\d|\d{1,2})(?![\d%.,/-]|\s*(?:percent|per\b|million|billion))`;

/**
 * A subject that names a group, not one person, and so no "he" or "she": a plural
 * ("Prosecutors"), or a collective noun. Regex source, tried on the subject's end.
 */
export const GROUP_SUBJECT = String.raw`(?:\p{Ll}(?<!s)s|[Pp]olice|[Ss]taff|[Pp]eople)$`;

/**
 * A person's own people: a name of one word that has one is a person's ("Slepian's wife and one
 * son tried to revive him"), though people are otherwise named by two words or more. Only kin,
 * not agents: "Apple's lawyers", "the company's spokesman" are a firm's too.
 */
export const KIN_WORDS =
  'wife husband widow widower son sons daughter daughters mother father parents brother brothers sister sisters children girlfriend boyfriend fiancee fiancée fiance fiancé';

/**
 * Common first names that say which pronoun a person takes in news: a "he" is not the Maria just
 * named. Only names that are rarely given to the other sex; a person whose first name is not here
 * may be either.
 */
export const FIRST_NAMES = {
  she: 'Mary Maria Marie Anna Anne Ann Emily Emma Sarah Sara Elizabeth Jennifer Jessica Linda Patricia Susan Karen Nancy Lisa Margaret Sandra Ashley Kimberly Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Helen Sharon Cynthia Kathleen Amy Angela Shirley Brenda Pamela Nicole Katherine Catherine Christine Samantha Rachel Janet Olivia Sophia Sophie Isabella Ava Mia Charlotte Amelia Grace Chloe Ella Lucy Hannah Julia Julie Victoria Natalie Alice Claire Clara Eva Eve Irene Diana Sofia Ana Elena Olga Natalia Tatiana Svetlana Irina Ekaterina Yulia Fatima Aisha Priya Mei Yuki Ingrid Astrid Greta Hillary Theresa Teresa Madeleine Condoleezza Kamala Nikki Ursula Giorgia Marine Petra Gloria Diane Joan Jane Ruth Judith Martha Rose Barbara Betty Dorothy Virginia Heather Megan Lauren Kate Katie Kelly Erin Lina Layla Leila Nadia Noor Maryam Zainab Yasmin Amina Salma Rania Huda Dina Mona Sana Hana Rosa Carmen Lucia Isabel Ines Beatriz Camila Valentina Daniela Gabriela Mariana Fernanda Adriana Silvia Monica Francesca Giulia Chiara Elisa Anja Katja Annika Agnieszka Magdalena Katarzyna Anastasia Yelena Oksana Daria Alina Polina Aiko Keiko Ananya Sunita Indira Benazir Golda Jacinda Sanna Mette Kaja Liz Nicola Yvette Harriet Jill Melania Sonia Imelda Gina Amal Malala Kristalina Nadine Simone Sylvie Brigitte Ségolène Marta Jadwiga Beata Ewa Hanna Zuzana Dilma Cristina Rachida Najla Leyla Shirin Narges Marjorie Elise Alexandria Tulsi',
  he: 'James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Steve Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby Philip Johnny Marcus Vladimir Sergei Sergey Dmitry Alexei Igor Ivan Mikhail Viktor Boris Ahmed Mohammed Muhammad Ali Hassan Omar Xi Emmanuel Olaf Friedrich Recep Volodymyr Barack Bill Jimmy Fidel Elian Pedro Carlos Luis Miguel Jorge Antonio Francisco Manuel Rafael Marco Giovanni Luca Pierre Jean Jacques Francois Hans Klaus Jens Lars Anders Narendra Rahul Kenji Hiroshi Takeshi Abdel Abdul Abdullah Ahmad Mahmoud Mustafa Khalid Khaled Youssef Yusuf Ibrahim Ismail Hamid Hussein Karim Tariq Walid Bashar Hosni Moammar Muammar Saddam Yair Naftali Ehud Shimon Yitzhak Nouri Haider Hamad Salman Faisal Fahd Tamim Luiz Javier Alejandro Andres Andrés Diego Felipe Fernando Gustavo Ricardo Sebastian Mateo Alvaro Enrique Nicolas Hugo Evo Alberto Raul Ernesto Rodrigo Jair Gerhard Helmut Wolfgang Joachim Heiko Matteo Mario Silvio Giuseppe Sergio Paolo Enrico Alexis Kyriakos Andreas Dimitris Konstantinos Nikos Andrzej Jaroslaw Mateusz Lech Vaclav Milos Aleksandar Slobodan Ilham Nursultan Yevgeny Yuri Nikolai Alexey Andrei Pavel Oleg Ramzan Shinzo Fumio Yoshihide Junichiro Manmohan Rajiv Imran Nawaz Shehbaz Asif Pervez Ashraf Abiy Cyril Thabo Nelson Uhuru Muhammadu Bola Goodluck Olusegun Yoweri Idriss Kais Abdelaziz Abdelmadjid Rishi Keir Tony Gordon Nigel Mike Chuck Mitch Ron Ted Bernie Pete Jim Tom Newt Rudy Rick Rand Elon Jeff Tim Satya Sundar Sam Jensen Warren Lloyd Jerome Ben Hank Benedict Francis Lionel Cristiano Novak',
} as const;

export const NAME_EXAMPLES = [
  // (made up: a club named for its town in -ing, before a result and its score)
  { sentence: 'Reading beat Luton 2-1 on Saturday.', names: ['Reading', 'Luton'] },
  { sentence: 'Reading drew 1-1 with Barnsley on Saturday.', names: ['Reading', 'Barnsley'] },
  { sentence: 'Reading the verdict 2-1 on Saturday, Smith wept.', names: ['Smith'] },
  { sentence: 'Voting ended 52-48 on Friday.', names: [] },
  {
    sentence: 'Apple CEO Steve Jobs unveiled the iPhone 4 in San Francisco.',
    names: ['Apple', 'Steve Jobs', 'iPhone 4', 'San Francisco'],
  },
  {
    sentence:
      'Minister for Digital Development, Maksut Shadayev, also announced today that Russia would act.',
    names: ['Maksut Shadayev', 'Russia'],
  },
  {
    sentence: 'Belarusian Foreign Minister, Sergei Aleinik, stated that the controls were needed.',
    names: ['Sergei Aleinik'],
  },
  {
    sentence: 'The Beatles’ Apple Corps has filed a lawsuit in a London court this week.',
    names: ['Beatles', 'Apple Corps', 'London'],
  },
  {
    sentence: 'In 1995, Russia and Belarus did away with their boundaries.',
    names: ['Russia', 'Belarus'],
  },
  {
    sentence: 'He fought pancreatic cancer in 2004 and took six months off.',
    names: [],
  },
  {
    sentence: 'Meantime, Apple closed the plant.',
    names: ['Apple'],
  },
  {
    sentence: 'Back pay for Acme workers was approved on Monday.',
    names: ['Acme'],
  },
  {
    sentence: 'Apple bought Go Ahead Group.',
    names: ['Apple', 'Go Ahead Group'],
  },
  {
    sentence:
      'Procter & Gamble Co. and AT&T said they would cut jobs in Jackson, Miss., and Portland, Me.',
    names: ['Procter & Gamble Co.', 'AT&T', 'Jackson, Miss.', 'Portland, Me.'],
  },
  {
    sentence: 'Secretary of Health and Human Services Donna Shalala met Miss Ross.',
    names: ['Donna Shalala', 'Ross'],
  },
  {
    sentence: 'The Department of Health and Human Services praised “Right Said Fred” in Boston.',
    names: ['Department of Health and Human Services', 'Right Said Fred', 'Boston'],
  },
  {
    sentence: 'Supporters of Donald Trump met Little Richard.',
    names: ['Donald Trump', 'Little Richard'],
  },
  // (counter-examples: "&" between two parties, an ampersand's abbreviation)
  {
    sentence: 'Britain & France and Texas & Pacific Railway cut R&D spending in Paris.',
    names: ['Britain', 'France', 'Texas & Pacific Railway', 'Paris'],
  },
  // (a second body of the first's kind after "and"; a second role after "and")
  {
    sentence: 'The Department of Labor and Commerce Department met in Ohio.',
    names: ['Department of Labor', 'Commerce Department', 'Ohio'],
  },
  {
    sentence: 'The Bureau of Investigation and Drug Enforcement Administration met.',
    names: ['Bureau of Investigation', 'Drug Enforcement Administration'],
  },
  {
    sentence: 'Secretary of State and National Security Adviser Henry Kissinger flew to Beijing.',
    names: ['Henry Kissinger', 'Beijing'],
  },
  // (a film's name opened by an adverb of degree)
  {
    sentence: 'Almost Famous won in Cannes.',
    names: ['Almost Famous', 'Cannes'],
  },
] as const;

/**
 * Companies named after their founders, which read as a person's full name: an "it" stands for
 * them, not a "he". One per line ("Procter & Gamble", with its "&", reads as no person already).
 */
export const NAMED_LIKE_PEOPLE = `
Eli Lilly
Morgan Stanley
Charles Schwab
Merrill Lynch
Goldman Sachs
Lockheed Martin
Estee Lauder
Calvin Klein
Ralph Lauren
Hugo Boss
Dow Jones
Edward Jones
John Deere
John Lewis
Tommy Hilfiger
`;

/**
 * Endings of the singular before the "-s" of plurals of people and groups ("Engineers",
 * "Officials", "Residents", "Rebels"): such a word opening a sentence is no name an "it" stands for.
 */
export const PLURAL_OF_PEOPLE_ENDINGS = 'er or ist ant ent ian ee al el ive';

/**
 * Parties, movements and peoples named by a plural (or a word that reads as one) without "the":
 * "Hamas fired rockets", "Democrats won the Senate", "Kurds protested" name who acted even when
 * the article writes them only once, first in a sentence, where "Talks resumed" names no one.
 * (A people's plural of a nationality, "Palestinians", "Israelis", is known from DEMONYMS.)
 */
export const GROUP_NAMES =
  'Democrats Republicans Conservatives Tories Liberals Socialists Communists Labour Greens ' +
  'Hamas Hezbollah Taliban Houthis Kurds Sunnis Shiites Shias Druze Uyghurs Uighurs Rohingya';

/**
 * Nouns a company's, a team's or a country's name qualifies first in a sentence ("Tesla shares
 * fell", "Nvidia stock rose", "Toyota sales fell", "Boeing executives met"): the name is who the
 * news is of, even written once, where "Heavy snow closed roads" names no one.
 */
export const NAME_QUALIFIED_NOUNS =
  'shares stock stocks sales profit profits earnings revenue revenues executives employees ' +
  'workers staff customers users investors shareholders officials fans players spokesman ' +
  'spokeswoman spokesperson lawyers troops forces leaders ministers chief boss bonds';

/**
 * Bodies of a state: after a nationality that opens a subject, the country acts ("Belarusian
 * border service began checks": Belarus). Not people from there ("Cuban exiles") nor firms ("The
 * American computer company Apple").
 */
export const STATE_BODY_NOUNS =
  'government army navy military police forces troops authorities officials ministry service guards regime parliament embassy prosecutors diplomats leader';

/**
 * Words of a group that stands against or outside a state: before a body of the state's noun
 * they make it theirs, not the country's ("The Russian opposition leader", "The Syrian rebel
 * leader", "The Iranian exile government", "The Mexican drug cartel leader": no act of Russia,
 * Syria, Iran, Mexico). Words.
 */
export const NON_STATE_GROUP_WORDS =
  'opposition rebel rebels exile exiles dissident dissidents separatist separatists insurgent insurgents militant militants guerrilla guerrillas resistance underground shadow breakaway tribal clan party union student students church cartel cartels gang gangs mafia mob crime criminal terrorist terror jihadist';

/** Words that end an organisation's name: such a name is not a person's full name. */
export const ORGANISATION_WORDS =
  'Inc Corp Corps Corporation Ltd Co LLC PLC AG GmbH Group Company Agency Ministry Council Court Party Union Bank Army Service Organization Organisation ' +
  'Computer Computers Systems Technologies Technology Networks Communications Motors Airlines Airways Holdings Media News Press Times Post Journal Reports Institute University College School Foundation Association Commission Committee Department Office Center Centre Conference Store Stores ' +
  'Therapeutics Pharmaceuticals Pharma Biotech Biosciences Sciences Labs Laboratories Energy Industries Partners Capital Ventures Solutions Software Electronics Robotics Logistics Brands Foods Entertainment Studios Pictures Records Games Semiconductor Semiconductors Health Healthcare Insurance Securities Investments Resources Mining Minerals Petroleum Oil Gas Steel Chemicals Materials Aerospace Automotive Telecom Wireless Mobile Digital Interactive Analytics Administration Authority Bureau Board Federation League Alliance Coalition Network Society ' +
  'Airport Station Hospital Clinic Museum Gallery Galerie Galleria Theatre Theater Opera Library Church Cathedral Stadium Hotel Bridge Street Avenue Square Park Act Treaty Index Average Exchange Fund ' +
  // (not "Lane", "Bay", "Lake", "Castle": surnames as well)
  'Road Boulevard Highway Drive River Valley Island Islands Mountains Beach Harbor Harbour Canal Market Mall Prison Base ' +
  'Sea Ocean Gulf Strait Desert Peninsula Coast Resort Palace Plant Refinery Mine Forces Guard Guards';

/**
 * Words that end a carrier's, bank's or newspaper's name ("Meridian Air said it would cancel":
 * "it" is the airline), organisation words too, but a surname after a common first name ("Tom
 * Radio met the board. He said": "he" is Tom Radio). Not "Power", "Trust", "Standard": surnames
 * as well.
 */
export const TRADE_NAME_WORDS =
  'Air Airline Rail Railway Railways Lines Shipping Cruises Transport Bancorp Financial Finance Medical Motor Auto Tech Telecoms Television Radio Broadcasting Publishing Magazine Tribune Herald Gazette Telegraph Chronicle Observer';

/**
 * Words before a name a nationality opens that make it a thing's, not a person's: "the
 * Australian Open", "the French Quarter" ("German Gref, the head of Sberbank," is a person).
 * Lower-case words.
 */
export const NATIONAL_THING_DETERMINERS = 'the';
