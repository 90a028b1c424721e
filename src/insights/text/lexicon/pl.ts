/**
 * Polish words with a clear polarity in customer feedback, in their base forms (Kuulo stems them
 * when it loads, so every inflected form counts). Written for Kuulo; −3 … 3.
 */
export const feedbackLexiconPl: Record<string, number> = {
  dobry: 2, dobrze: 2, świetny: 3, świetnie: 3, doskonały: 3, wspaniały: 3, znakomity: 3, rewelacyjny: 3,
  rewelacja: 3, super: 3, idealny: 3, najlepszy: 3, fajny: 2, fajnie: 2, miły: 2, uprzejmy: 2, pomocny: 2,
  życzliwy: 2, profesjonalny: 2, profesjonalnie: 2, kompetentny: 2, szybki: 2, szybko: 2, sprawnie: 2, sprawny: 2,
  łatwy: 2, łatwo: 2, prosty: 1, wygodny: 2, przejrzysty: 2, niezawodny: 2, tani: 1, przystępny: 2, zadowolony: 2,
  polecam: 2, polecać: 2, dziękuję: 2, dziękować: 2, dzięki: 2, zachwycony: 3, smaczny: 2, czysty: 1, świeży: 1,
  bezproblemowy: 2, solidny: 2, rzetelny: 2, punktualny: 2, punktualnie: 2,
  zły: -2, źle: -2, słaby: -2, słabo: -2, fatalny: -3, fatalnie: -3, okropny: -3, straszny: -3, beznadziejny: -3,
  tragiczny: -3, tragedia: -3, skandal: -3, skandaliczny: -3, najgorszy: -3, kiepski: -2, kiepsko: -2,
  wolny: -1, wolno: -1, powolny: -2, opóźnienie: -2, opóźniony: -2, spóźniony: -2, czekać: -1, czekanie: -1,
  kolejka: -1, drogi: -1, drogo: -2, przepłacić: -2, niegrzeczny: -3, nieuprzejmy: -3, opryskliwy: -3,
  niemiły: -2, niekompetentny: -3, nieprofesjonalny: -3, zepsuty: -2, uszkodzony: -3, wadliwy: -3, wada: -2,
  błąd: -2, awaria: -2, zawieszać: -2, zgubiony: -2, zaginąć: -2, brakować: -1, brak: -1, nieprawidłowy: -2,
  skomplikowany: -2, trudny: -2, trudno: -2, niewygodny: -2, nieczytelny: -2, bezużyteczny: -3, rozczarowanie: -2,
  rozczarowany: -2, zawiedziony: -2, denerwujący: -2, irytujący: -2, frustrujący: -2, reklamacja: -2, skarga: -2,
  oszustwo: -3, brudny: -2, zimny: -1, głośny: -1, nieaktualny: -1, niejasny: -2, lepszy: 1, gorszy: -2,
  niestety: -1, szkoda: -1, zawód: -2,
};
