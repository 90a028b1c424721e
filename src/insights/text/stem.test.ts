import { describe, expect, it } from 'vitest';
import { baseLanguage, hasStemmer, stem } from './stem.js';

/** Each line: the forms of one word family, which must share a stem. */
const families: Record<string, string[]> = {
  en: [
    'delivery deliveries',
    'deliver delivered delivering delivers',
    'service services',
    'price prices priced pricing',
    'staff staffs',
    'app apps',
    'invoice invoices invoiced invoicing',
    'wait waits waited waiting',
    'queue queues queued queuing',
    'quality qualities',
    'product products',
    'order orders ordered ordering',
    'refund refunds refunded refunding',
    'store stores',
    'courier couriers',
    'support supports supported supporting',
    'package packages packaged packaging',
    'website websites',
    'login logins',
    'payment payments',
    'parcel parcels',
    'customer customers customer\'s',
    'employee employees',
    'checkout checkouts',
    'shipping shipped ships ship',
    'reply replies replied',
  ],
  fi: [
    'toimitus toimituksen toimitusta toimituksessa toimituksesta toimitukseen toimituksella toimitukset toimituksia toimitusten toimituksissa toimitukseni toimituskin',
    'asiakaspalvelu asiakaspalvelun asiakaspalvelua asiakaspalvelussa asiakaspalvelusta asiakaspalveluun asiakaspalvelulle asiakaspalvelulta asiakaspalvelut asiakaspalvelujen',
    'palvelu palvelun palvelua palvelussa palveluun palvelut palveluja palveluita palveluiden palvelukin',
    'hinta hinnan hintaa hinnassa hinnat hintoja hintojen hinnoissa hinnaksi hintaan hinnalla',
    'tuote tuotteen tuotetta tuotteessa tuotteet tuotteita tuotteiden tuotteissa tuotteeseen tuotteisiin tuotteemme',
    'asiakas asiakkaan asiakasta asiakkaat asiakkaita asiakkaiden asiakkaalle asiakkaana',
    'henkilökunta henkilökunnan henkilökuntaa henkilökunnalle henkilökunnassa',
    'sovellus sovelluksen sovellusta sovelluksessa sovellukset sovelluksia sovellukseen',
    'lasku laskun laskua laskussa laskut laskuja laskuissa laskulla',
    'odotusaika odotusajan odotusaikaa odotusajat odotusajassa',
    'jono jonon jonoa jonossa jonot jonoja jonoissa jonoon',
    'laatu laadun laatua laadussa laatuun',
    'tilaus tilauksen tilausta tilauksessa tilaukset tilauksia tilausten tilaukseni tilauksestani',
    'hyvitys hyvityksen hyvitystä hyvitykset',
    'palautus palautuksen palautusta palautukset',
    'kauppa kaupan kauppaa kaupassa kaupat kauppoja kaupoissa kauppaan',
    'myymälä myymälän myymälässä myymälään myymälät',
    'kuriiri kuriirin kuriiria kuriirille kuriirit kuriireja',
    'tuki tuen tukea tuessa',
    'asiakastuki asiakastuen asiakastukea',
    'paketti paketin pakettia paketissa paketit paketteja paketeissa',
    'verkkosivu verkkosivun verkkosivuja verkkosivuilla verkkosivuilta verkkosivut',
    'kirjautuminen kirjautumisen kirjautumista kirjautumisessa',
    'maksu maksun maksua maksussa maksut maksuja',
    'maksutapa maksutavan maksutapaa maksutavat maksutapoja',
    'myyjä myyjän myyjää myyjät myyjiä myyjille',
    'hidas hitaan hidasta hitaat hitaita hitaasti',
    'nopea nopean nopeaa nopeat nopeita nopeasti',
    'nopeus nopeuden nopeutta nopeudessa nopeuteen',
    'ystävällinen ystävällisen ystävällistä ystävälliset ystävällisiä ystävällisesti',
    'puhelin puhelimen puhelimessa puhelimet puhelimia',
    'kallis kalliin kallista kalliit kalliita',
    'maksuton maksuttoman maksutonta maksuttomat',
    'sähköposti sähköpostin sähköpostia sähköpostiin sähköpostissa',
    'palaute palautteen palautetta palautteet',
    'laite laitteen laitetta laitteet laitteita',
    'huone huoneen huonetta huoneessa huoneet huoneita',
    'kassa kassan kassalla kassalle kassoja',
    'kassi kassin kassia kasseja kasseissa',
    'tili tilin tiliä tilille tilit tilejä tileillä',
    'käyttäjätili käyttäjätilin käyttäjätiliä',
    'tunti tunnin tuntia tunnissa tunteja',
    'kaupunki kaupungin kaupunkia kaupungissa',
    'apu avun apua avulla',
    'ruoka ruoan ruokaa ruoassa',
    'pettynyt pettyneet pettyneen',
    'EU:n EU:ssa eu',
  ],
  pl: [
    'dostawa dostawy dostawie dostawę dostawą dostaw dostawach dostawami dostawom',
    'obsługa obsługi obsłudze obsługę obsługą',
    'kurier kuriera kurierem kurierowi kurierze kurierzy kurierów kurierami',
    'paczka paczki paczce paczkę paczką paczek paczkach paczkami',
    'przesyłka przesyłki przesyłce przesyłkę przesyłką przesyłek',
    'zamówienie zamówienia zamówieniu zamówieniem zamówień zamówieniach zamówić',
    'zwrot zwrotu zwrocie zwrotem zwroty zwrotów',
    'pieniądze pieniędzy pieniądzach',
    'cena ceny cenie cenę ceną cen cenach cenami',
    'sklep sklepu sklepie sklepem sklepy sklepów',
    'personel personelu personelem',
    'pracownik pracownika pracownikiem pracownicy pracowników pracownikom',
    'klient klienta klientem kliencie klienci klientów klientom',
    'aplikacja aplikacji aplikację aplikacją aplikacje aplikacjach',
    'strona strony stronie stronę stroną stron',
    'faktura faktury fakturze fakturę fakturą faktur',
    'kolejka kolejki kolejce kolejkę kolejką kolejek',
    'czas czasu czasie czasem',
    'jakość jakości jakością',
    'produkt produktu produkcie produktem produkty produktów',
    'towar towaru towarze towarem towary',
    'płatność płatności płatnością',
    'logowanie logowania logowaniu logowaniem',
    'wsparcie wsparcia wsparciu wsparciem',
    'infolinia infolinii infolinię infolinią',
    'czekać czekałem czekałam czekaliśmy czekanie czekania',
    'oczekiwanie oczekiwania oczekiwaniu',
    'problem problemu problemem problemy problemów',
    'błąd błędu błędy błędem błędów',
    'rachunek rachunku rachunki rachunkiem',
    'szybki szybka szybkie szybkiego szybkiej szybkim szybkich',
    'opakowanie opakowania opakowaniu',
    'ekran ekranu ekranie ekranem',
    'poczta poczty poczcie pocztą',
    'reklamacja reklamacji reklamację reklamacją',
    'opłata opłaty opłacie opłatę opłat',
    'konsultant konsultanta konsultantem konsultanci',
    'pokój pokoju pokoje pokojem',
    'działa działać działają działało',
  ],
};

/** Pairs of common feedback words that must not share a stem. */
const apart: Record<string, [string, string][]> = {
  en: [
    ['delivery', 'deliver'], ['store', 'story'], ['wait', 'waiter'], ['order', 'ordinary'], ['product', 'produce'],
    ['price', 'prize'], ['staff', 'stuff'], ['support', 'sport'], ['app', 'apple'], ['card', 'care'],
  ],
  fi: [
    ['huone', 'huono'], ['huoneen', 'huonon'], ['laite', 'laittaa'], ['laitteen', 'laitoin'], ['osoite', 'osoittaa'],
    ['auto', 'auttaa'], ['auton', 'autan'], ['tuote', 'tuottaa'], ['tila', 'tilaus'], ['tilassa', 'tilauksessa'],
    ['tilasin', 'tila'], ['hinta', 'hinku'], ['toimitus', 'toimi'], ['palvelu', 'palvelin'], ['kassa', 'kassi'],
    ['lasku', 'laskin'], ['maksu', 'maksuton'], ['jono', 'jonkin'], ['laatu', 'laadukas'], ['kauppa', 'kaupunki'],
    ['aika', 'aikuinen'], ['posti', 'postaus'], ['sivu', 'sivusto'], ['tuki', 'tukku'], ['kuva', 'kuppi'], ['tili', 'tila'], ['tilin', 'tilan'],
  ],
  pl: [
    ['dział', 'działa'], ['działu', 'działać'], ['cena', 'cecha'], ['sklep', 'skleja'], ['kurier', 'kura'],
    ['paczka', 'pączek'], ['miejsce', 'miejski'], ['problem', 'probierz'],
    ['obsługa', 'usługa'], ['ekran', 'ekranizacja'], ['plan', 'planeta'],
    ['zwrot', 'zwrotka'], ['czas', 'czasopismo'], ['kasa', 'kasza'], ['kolej', 'kolejka'], ['stan', 'stanowisko'],
    ['faktura', 'fakt'], ['program', 'programista'], ['hotel', 'hotelarz'],
  ],
};

describe('stem', () => {
  for (const [lang, lines] of Object.entries(families)) {
    describe(lang, () => {
      for (const line of lines) {
        const forms = line.split(' ').map((form) => form.toLowerCase());
        it(`groups ${forms[0]}`, () => {
          const stems = forms.map((form) => stem(lang, form));
          expect(new Set(stems), forms.map((form, i) => `${form}→${stems[i]}`).join(' ')).toHaveLength(1);
        });
      }
      it('keeps unrelated words apart', () => {
        for (const [a, b] of apart[lang] ?? []) expect(stem(lang, a), `${a} / ${b}`).not.toBe(stem(lang, b));
      });
    });
  }

  it('keeps stems at least three letters long', () => {
    for (const word of ['tuen', 'maan', 'puun', 'cen', 'dnia', 'tue', 'aja']) expect(stem('fi', word).length).toBeGreaterThanOrEqual(3);
    for (const word of ['cenie', 'domu', 'psa', 'stanie']) expect(stem('pl', word).length).toBeGreaterThanOrEqual(3);
  });

  it('leaves a word of a language without a stemmer as it is', () => {
    expect(stem('sv', 'leveranserna')).toBe('leveranserna');
    expect(stem('xx', 'constructor')).toBe('constructor');
    expect(hasStemmer('sv')).toBe(false);
  });

  it('reads regional language tags as their language', () => {
    expect(baseLanguage('fi_FI')).toBe('fi');
    expect(stem('en-GB', 'deliveries')).toBe(stem('en', 'delivery'));
    expect(stem('PL', 'dostawie')).toBe(stem('pl', 'dostawa'));
    expect(hasStemmer('en-US')).toBe(true);
  });

  it('gives the same stem the second time, from memory', () => {
    const first = stem('fi', 'toimituksessa');
    expect(stem('fi', 'toimituksessa')).toBe(first);
  });
});
