import type { Intent } from './intents.js';

/**
 * The rules of intents per language: cue phrases for complaint, feature request, praise and
 * question, the negations that turn a cue round, and how a question opens (read by intents.ts).
 *
 * A pattern is words separated by spaces; each word is alternatives separated by "|": an exact
 * word, a stem ("palvel*"), an ending ("*kää"), or "!neg" for any negation. "~N" lets up to N
 * words stand before the next word; "^" only matches the first word of a sentence; "<" marks a
 * word that must stand just before the phrase; "=" keeps a lone cue word from being turned round
 * by a negation. Where several patterns match at a word, the longest wins.
 */

export type Outcome = Intent | 'none';

export interface LanguageRules {
  negations: ReadonlySet<string>;
  /** Words that end the reach of a negation ("but"). */
  contrast: ReadonlySet<string>;
  /** Words of a greeting that may come before the first word of a sentence. */
  greetings: ReadonlySet<string>;
  why: ReadonlySet<string>;
  /** Words that make a "why" question a reproach ("so", "always", "again"). */
  emphasis: ReadonlySet<string>;
  /** Whether a sentence that starts with `word`, followed by `next`, asks something. */
  opensQuestion: (word: string, next: string) => boolean;
  patterns: Partial<Record<Outcome, string[]>>;
}

const words = (list: string) => new Set(list.split(' '));

const enSubjects = words('i you we they it there the this that these those my your our a an he she anyone someone anybody somebody any u');
const enAuxiliaries = words("is are was were do does did can could will would should may might has have shall am isn't aren't don't doesn't didn't can't won't wouldn't couldn't shouldn't hasn't haven't");
const enAlwaysAsks = words("why who whom whose which how's what's where's when's who's why's whats wheres");
const enAsksWithVerb = words('what when where how');
const enHowMuch = words('much many long often far soon');

const en: LanguageRules = {
  negations: words('not no never nothing nobody none neither nor without hardly cannot'),
  contrast: words('but however though although yet except'),
  greetings: words('hi hello hey dear good morning afternoon evening'),
  why: words('why'),
  emphasis: words('so such always never still again even ever constantly'),
  opensQuestion: (word, next) =>
    enAlwaysAsks.has(word) ||
    (enAsksWithVerb.has(word) && (enAuxiliaries.has(next) || (word === 'how' && enHowMuch.has(next)))) ||
    (enAuxiliaries.has(word) && enSubjects.has(next)),
  patterns: {
    complaint: [
      "*n't|not|never|cannot|nothing ~2 work|works|working|worked|load|loads|loading|open|opens|opened|arrive*|respond*|answer*|reply|replied|replies|help|helped|helps|fit|fits|match*|function*|come|came|show|showed|deliver*|receive*|refund*|solve*|fix|fixed|accept*|recogni*|find|found",
      "still ~1 waiting|not|no|nothing|hasn't|haven't|isn't|doesn't|didn't|can't|won't|broken|missing|unresolved|pending",
      '!neg ~1 like|liked', 'never ~1 again', 'waste of money|time', 'thanks|thank ~1 for nothing', 'not as described|advertised|expected|pictured|shown|ordered',
      'charged|billed|paid|invoiced|debited ~3 twice|double', 'no|nobody ~2 answer*|repl*|respon*|help|helped|call*|told|contact*|information|info|update*|feedback',
      'out of stock|order', 'long|endless|huge ~1 queue*|line|lines|wait|waiting|delay*', 'queue|queues|line|wait|waiting ~3 long|forever|ages',
      'waited|waiting ~3 hours|ages|forever|weeks|days|minutes|month|months', 'took|takes|taking ~2 forever|ages', 'had to ~2 wait|call|ask|chase|contact|phone|email|complain|return|go',
      "should|could have ~1 arrived|come|received|told|informed|warned|delivered|been|sent|called|refunded", "should've|could've ~1 arrived|come|received|told|informed|warned|delivered|been|sent|called|refunded",
      'too ~1 expensive|slow|late|long|small|big|complicated|difficult|hard|confusing|loud|salty|cold|noisy|pricey|crowded|few|little',
      'missing ~1 item|items|parts|part|pieces|piece|products|product', 'missing from ~2 order|parcel|package|box|delivery|bag', 'item|items|parts|part|pieces|piece|products|product ~2 missing',
      'broken|broke|crash*|terrible|awful|horrible|horrendous|worst|disappoint*|refund|refunds|complain*|useless|rude|damaged|faulty|defective|late|delayed|delay|delays|lost|wrong|unacceptable|ridiculous|poor|poorly|bad|worse|slow|overpriced|expensive|scam|scammed|rip-off|ripoff|fail|failed|fails|failing|failure|error|errors|bug|bugs|buggy|glitch*|annoy*|frustrat*|hate|hated|sucks|rubbish|garbage|mess|nightmare|dirty|unfriendly|unhelpful|impolite|ignored|unfortunately|problem|problems|issue|issues|mistake*|stuck|misleading|incorrect|unusable|freez*|overcharg*|double-charged|lousy|pathetic|disgusting|cheated|upset|angry|furious|unhappy|dissatisfied',
    ],
    feature_request: [
      "would|it'd|that'd|i'd ~1 be ~2 nice|great|good|helpful|useful|awesome|cool|handy|better|lovely|amazing|fantastic|ideal|convenient|easier|brilliant",
      "would|i'd|we'd love|like|appreciate|prefer", 'please ~1 add|include|bring|consider|offer|allow|introduce|provide|support|enable|implement|make|create|extend|open',
      '^ add|bring|introduce|implement|offer', 'bring back', 'feature request|requests|suggestion', 'no way to', 'no ~1 option|options|possibility|feature|setting|filter|button',
      "should|shouldn't ~2 have|be|allow|offer|add|include|remember|show|let|support|provide|give|make|accept|send|open|work|stock|sell|hire|list|display|notify|tell",
      'can|could|would ~2 add|include|introduce|implement|offer|support|enable|allow|show|make|bring|provide|create|integrate|extend|display|remember',
      'need|needs ~1 more|better|option|options|feature', 'how|what about ~2 adding|having|offering|an', 'why not ~2 add|offer|have|make|allow',
      'wish|missing|lacks|lacking|suggestion|suggestions|suggest',
    ],
    praise: [
      '= no|zero|without ~1 problem|problems|issue|issues|complaint|complaints|hassle|trouble|fuss|hiccups', "never|haven't|hasn't|didn't ~1 had|have|experienced|encountered ~1 problem*|issue*|complaint*",
      "can't|cannot complain", 'nothing to complain', "couldn't ~1 be happier|better", "can't|cannot ~2 recommend ~3 enough", 'well done', 'keep it|up',
      'thank|thanks|thx|love|loved|loving|loves|great|excellent|amazing|awesome|fantastic|wonderful|perfect|perfectly|recommend*|satisfied|happy|pleased|helpful|friendly|nice|good|best|superb|brilliant|outstanding|impress*|smooth|smoothly|easy|quick|quickly|fast|reliable|polite|kind|lovely|delicious|tasty|fabulous|exceptional|pleasant|professional|efficient|appreciate*|grateful|glad|enjoy*|flawless*|top-notch|spot-on',
    ],
    question: ['wonder|wondering|wondered', 'would like to know', 'want to know'],
    none: [
      'problem|problems|issue|issues ~2 solved|fixed|resolved|sorted|handled', 'solved|fixed|resolved|sorted ~2 problem|problems|issue|issues',
      'good morning|afternoon|evening|day', 'best|kind regards|wishes', 'thanks|thank ~1 in advance',
    ],
  },
};

const fiAsks = words(
  'miksi miksei mikset miks miksihän miten mitenkä mitenhän kuinka kuinkahan milloin milloinka milloinhan missä missähän mistä mistähän mihin mihinkä minne mikä mikähän mikäs mitä mitähän mitäs kuka kukahan ketä kenen kenelle keneltä kehen keneen millainen millaista millaisen millaisia millä millähän minkä montako paljonko kumpi kumman kummalla',
);
const fiNotClitic = words('pelko ruoko kauko kelko');

const fi: LanguageRules = {
  negations: words('en et ei emme ette eivät eikä enkä etkä emmekä ettekä eivätkä ilman eipä enpä'),
  contrast: words('mutta vaan kuitenkin silti joskin tosin paitsi'),
  greetings: words('hei moi moikka terve heippa morjens moro hyvää päivää huomenta iltaa'),
  why: words('miksi miksei mikset miks miksihän'),
  emphasis: words('näin noin niin aina taas jälleen vieläkään vieläkin edelleen koskaan ikinä yhä jatkuvasti'),
  // The question clitic -ko/-kö is on the first word of a question: "onko", "voisitteko", "saako".
  opensQuestion: (word) => fiAsks.has(word) || (word.length >= 4 && /(?:[^k]k[oö]|k[oö]h[aä]n|k[oö]s)$/.test(word) && !fiNotClitic.has(word)),
  patterns: {
    complaint: [
      '!neg ~2 toimi|toimineet|toiminut|toimikaan|tullut|tule|tulleet|saapunut|saapuneet|vastannut|vastattu|vastaa|vastanneet|auennut|aukea|aukene|latau*|onnistu*|kelpaa|kelvannut|riitä|riittänyt|toimitettu|näy|näkynyt|löydy|löytynyt|pidä|pitänyt|auta|auttanut|hyvitetty|palautettu|korjattu|korjaantunut|saanut|saatu|pysty*|käsitelty|kuulu|kuulunut|ymmärrä|ymmärtänyt|ratkaissut|ratkaistu|korjannut',
      'en|emme ~2 enää|ikinä', 'ikinä enää', 'pitk* ~1 jono*', 'jono*|jonotus* ~2 pitkä*|valtava*|järkyttävä*|ikuinen', 'rahat|rahani|rahojani|rahoja|rahojen|rahamme ~1 takaisin',
      'odotin|odotan|odotamme|odotimme|odottanut|odottaneet|odottelin|odottelen|odotella|odotettu ~3 turhaan|tunti*|minuutti*|viikko*|viikkoja|viikon|päivää|päiviä|kuukau*|vieläkin|edelleen|yhä|ikuisuu*',
      'veloitettiin|laskutettiin|maksoin|maksettiin|veloitti|laskutti|veloitetaan ~3 kahdesti|kahteen|tuplasti|tuplana', '= vieläkään',
      'rikki|rikkinäi*|hajosi|hajonnut|hajalla|valitus|valituksen|valitukse*|valituks*|valitin|valitan|valittaa|valittanut|valitettava*|huono*|surkea*|kamala*|hirveä*|kauhea*|järkyttävä*|karmea*|pettymy*|pettynyt|pettyneitä|petyin|petyimme|petti|pettänyt|ärsyttä*|turhautt*|turhaan|myöhässä|myöhästy*|viivästy*|viive*|kadon*|katosi|kadonnut|kadonneet|hukassa|hukkui|hukattu|kaatuu|kaatui|kaatuil*|jumittaa|jumissa|jumiutuu|bugi*|virhe|virheen|virheitä|virheellinen|virheellis*|virheet|vika|vikaa|vian|viallinen|viallis*|reklamaatio*|reklamoi*|epäkohteli*|töykeä*|tyly*|epäystävälli*|kallis|kallii*|ylihinnoit*|onneton|ala-arvoi*|kelvoton*|kelvottom*|sotku*|sekava*|sekaisin|ongelm*|harmi*|ikävä*|ikävästi|huijaus|huijari*|hidas|hitaa*|hitaasti|likai*|vihai*|suuttu*|tyytymät*|epäonnistu*|väärä*|väärin|liian|puuttui|puuttuivat|puuttuneet',
    ],
    feature_request: [
      'olisi|olis|ois|olisivat ~1 kiva*|hyvä*|mukava*|kätevä*|hieno*|ihana*|parempi|parempaa|helpompi|helpompaa|hyödylli*|siisti*|mahtava*|super*|plussaa|plussa',
      'kiva*|mukava*|hyvä|hieno*|kätevä*|ihana* ~1 olisi|jos', '!neg ~2 mahdollisuutta|vaihtoehtoa|mahdollista',
      'toivoisi*|toivon|toivomme|toive|toiveena|toiveeni|toivomus*|toivottavasti|voisitteko|voisitko|voisiko|voisikohan|voisivatko|voisi|voisivat|voisitte|pitäisi|pitäis|tulisi|täytyisi|kannattaisi|kuuluisi|puuttuu|puuttuvat|puuttuisi|puute|puutteena|lisätkää|lisäisittekö|tuokaa|laittakaa|tehkää|avatkaa|palkatkaa|ottakaa|hankkikaa|harkitkaa|toisitteko|tekisittekö|ottaisitteko|kunpa|jospa|kunpas|ehdot*|ehdotus*|ehdotan|ehdottaisin|kehitysehdot*|parannusehdot*|kaipaisi*|kaipaan|tarvittaisiin|tarvitsisi*',
    ],
    praise: [
      '!neg ongelm*|valittamista|valitettavaa|moitittavaa|huomautettavaa|vikaa|moitteita|moitteen',
      '!neg ole|ollut|tullut|ilmennyt|mitään|yhtään|juuri|juurikaan|koskaan ~2 ongelm*|valittamista|valitettavaa|moitittavaa|huomautettavaa|vikaa|moitteita',
      'kaikki ~1 hyvin|kunnossa|ok|toimi|toimii|toimivat', 'jatkakaa ~1 samaan|samalla',
      'kiit*|loistav*|erinomai*|suosittel*|suositeltav*|mahtav*|upea*|upeasti|huippu*|hieno*|täydelli*|tyytyväi*|ystävälli*|avulia*|mukava*|hyvä|hyvää|hyvin|hyviä|hyvän|hyvällä|hyvästä|hyvät|paras|parasta|parhai*|parhaa*|nopea|nopeasti|nopeaa|nopeasta|nopean|nopeat|helppo*|helposti|kätevä*|ihana*|kiva|kivaa|kivoja|kivasti|super*|kelpo|kehu*|asiantunteva*|ammattitaitoi*|sujuva*|sujui|vaivato*|vaivattomasti|iloi*|siisti*|herkulli*|maukas|maukkaa*',
    ],
    question: ['haluaisin|halusin ~1 tietää|kysyä', 'kysyisin|kysymys|mietin|ihmettelen'],
    none: ['ongelm* ~2 ratkesi|ratkaistu|ratkaistiin|korjattu|korjaantui|hoitui|hoidettiin|selvisi|poistui', '<*kaa|*kää kiitos', 'hyvää ~1 päivää|huomenta|iltaa|viikonloppua|joulua|jatkoa'],
  },
};

const plAsks = words('czy czyżby dlaczego czemu jak jaki jaka jakie jakiego jakiej jakich jakim kiedy gdzie co ile który która które którego której których kto komu kogo skąd dokąd');
const plNotAsking: Record<string, ReadonlySet<string>> = {
  jak: words('zwykle zawsze najbardziej najszybciej najlepiej najlepszy najlepsza się na już tylko i'),
  co: words('za chwilę chwila tydzień miesiąc roku rok dzień do najmniej więcej jakiś raz'),
};

const pl: LanguageRules = {
  negations: words('nie bez nigdy ani żaden żadna żadne żadnego żadnej żadnych nic niczego nikt nikogo brak zero'),
  contrast: words('ale lecz jednak natomiast chociaż choć mimo tylko'),
  greetings: words('dzień dobry witam witajcie cześć hej siema szanowni państwo wieczór'),
  why: words('dlaczego czemu'),
  emphasis: words('tak taki taka takie takiego zawsze znowu znów ciągle wciąż nadal nigdy aż jeszcze dalej ponownie'),
  opensQuestion: (word, next) => plAsks.has(word) && !(plNotAsking[word]?.has(next) ?? false),
  patterns: {
    complaint: [
      '!neg ~2 działa*|działał*|dotar*|doszł*|doszed*|przysz*|przyszed*|odpowiad*|odpowiedzia*|odpowie*|odpisa*|odpisuj*|odebra*|odbier*|otwier*|otworzy*|ładuj*|załadow*|wczytuj*|pomog*|pomógł|pomaga*|zwróc*|zwraca*|oddal*|oddano|zgadza*|dostał*|dostarcz*|potraf*|umie*|rozwiąza*|naprawi*|zrealizow*|wysła*|wysłan*|przyjęt*|przyjmuj*|uzna*|uwzględni*|spełni*',
      'nadal|wciąż|ciągle|dalej ~1 nie|czekam|czekamy|brak|nic|zawiesza*|psuje', 'nigdy ~1 więcej', 'nikt ~2 nie', 'zero|brak ~1 odpowiedzi|kontaktu|reakcji|informacji|odzewu|pomocy|zwrotu',
      'czeka*|czekał* ~3 już|nadal|wciąż|od|minut*|godzin*|dni|dnia|tydzień|tygodni*|tygodnie|miesiąc*|miesięcy|wieki|wieczność*|bezskutecznie|darmo',
      'za ~1 drogo|drogie|drogi|długo|długa|długie|wolno|wolna|późno|mało|małe|mała|mały|duże|ciasno|skomplikowan*|głośno|zimne|słone|tłoczno',
      'kolejk* ~2 dług*|ogromn*|gigantyczn*', 'dług* ~1 kolejk*', 'zwrot*|oddania ~1 pieniędzy|kasy|środków|płatności', 'chcę|żądam ~1 zwrot*',
      'zapłaci*|pobra*|pobrano|obciąż*|naliczon*|policzy* ~3 podwójnie|dwukrotnie', 'zapłaci*|pobra*|pobrano|obciąż*|naliczon*|policzy* ~3 dwa razy',
      'zepsu*|uszkodz*|reklamacj*|skandal*|fataln*|beznadziej*|okropn*|tragedi*|tragiczn*|koszmar*|rozczarow*|zawiod*|zawiedzi*|zawiedz*|żenując*|żenad*|kiepsk*|słab*|najgorsz*|najgorzej|gorsz*|gorzej|drogo|drożyzna|zbyt|zawies*|wywala*|wysypuj*|spóźni*|opóźni*|zgubi*|zagin*|błąd|błędy|błędu|błędn*|bug*|problem*|niemił*|niegrzeczn*|nieuprzejm*|chamsk*|niezgodn*|niezrozumiał*|irytuj*|denerwuj*|wkurz*|szkoda|niestety|oszust*|oszuka*|naciąga*|porażk*|dramat*|masakr*|bałagan*|brud*|zimne|zimny|zimna|nieprofesjonaln*|niekompetent*|bubel|buble|nieczynn*|niedostępn*|niezadowolon*|złe|zła|zły|źle|kłopot*|usterk*|wadliw*|wada|wady|brakowało',
    ],
    feature_request: [
      'proszę|prosimy|prośba ~2 dodać|dodanie|wprowadzić|wprowadzenie|umożliwić|umożliwienie|rozważyć|rozważenie|możliwość|opcję',
      'fajnie|dobrze|super|miło|świetnie|wygodnie|lepiej|przydatnie|fajne ~1 by|byłoby|gdyby|jakby', 'byłoby ~1 fajnie|dobrze|super|miło|świetnie|wygodniej|lepiej|przydatne|wspaniale',
      'nie ~1 ma|było ~1 możliwości|opcji|funkcji', 'brak ~1 możliwości|opcji|funkcji',
      'chciałbym|chciałabym|chcielibyśmy|chciałybyśmy|chciałoby|przydał*|brakuje|sugeruj*|sugesti*|propozycj*|proponuj*|powin*|mogliby|mogłyby|moglibyście|mogłybyście|mogłaby|mógłby|mogłoby|dodajcie|wprowadźcie|zróbcie|dajcie|umożliwcie|rozważcie|zatrudnijcie|marzy',
    ],
    praise: [
      '= bez ~1 problem*|zarzutu|zarzutów|zastrzeżeń|kłopot*', 'nie mam|miałem|miałam|mamy|było|ma|miał|miała ~1 zastrzeżeń|zarzutów|problemów|problemu|kłopotów|kłopotu', 'brak|zero ~1 zastrzeżeń|zarzutów|problemów|kłopotów', 'tak trzymać',
      'dziękuj*|dzięki|dziękówa|polec*|świetn*|super|rewelac*|doskonał*|znakomit*|wspania*|zadowolon*|mił*|miło|pomocn*|dobr*|najlepsz*|najlepiej|ekstra|fajn*|sprawn*|szybk*|szybko|profesjonaln*|uprzejm*|bezproblemow*|idealn*|perfekc*|cudown*|genialn*|smaczn*|pyszn*|łatw*|wygodn*|przyjemn*|kompetentn*|rzeteln*|bezbłędn*|bomba|petarda|sztos|zachwycon*|warto|brawo|kocham|uwielbiam',
    ],
    question: ['chciał* ~1 zapytać|wiedzieć|dowiedzieć', 'zastanawiam|pytanie|pytanko'],
    none: ['problem* ~2 rozwiązan*|rozwiązał*|rozwiązano|naprawion*|załatwion*|zniknął|zniknęły', 'dzień dobry', 'dobry wieczór', 'miłego|dobrego ~1 dnia|weekendu|wieczoru', 'dziękuję|dzięki ~1 z góry'],
  },
};

export const languageRules: Record<string, LanguageRules> = { en, fi, pl };
