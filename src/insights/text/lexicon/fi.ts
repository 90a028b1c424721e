/**
 * Finnish words with a clear polarity in customer feedback, in their base forms (Kuulo stems them
 * when it loads, so every inflected form counts). Written for Kuulo; −3 … 3.
 */
export const feedbackLexiconFi: Record<string, number> = {
  hyvä: 2, erinomainen: 3, loistava: 3, mahtava: 3, upea: 3, täydellinen: 3, huippu: 3, paras: 3, kiva: 2, mukava: 2,
  ystävällinen: 2, kohtelias: 2, avulias: 2, asiantunteva: 2, ammattitaitoinen: 2, nopea: 2, nopeasti: 2, ripeä: 2,
  sujuva: 2, sujuvasti: 2, helppo: 2, helposti: 2, selkeä: 2, toimiva: 2, luotettava: 2, edullinen: 2, halpa: 1,
  tyytyväinen: 2, iloinen: 2, kiitos: 2, kiittää: 2, suositella: 2, suosittelen: 2, ihana: 3, onnistunut: 2,
  laadukas: 2, siisti: 1, puhdas: 1, tuore: 1, herkullinen: 3, hyödyllinen: 2, vaivaton: 2, joustava: 2,
  huono: -2, kurja: -2, surkea: -3, kamala: -3, hirveä: -3, järkyttävä: -3, kauhea: -3, onneton: -2, heikko: -2,
  hidas: -2, hitaasti: -2, myöhässä: -2, myöhästyä: -2, viivästys: -2, viive: -1, odottaa: -1, odotus: -1, jono: -1,
  kallis: -2, ylihinta: -3, hinnakas: -1, töykeä: -3, epäkohtelias: -3, tyly: -2, välinpitämätön: -2,
  epäammattimainen: -3, rikki: -2, rikkinäinen: -2, viallinen: -3, vika: -2, virhe: -2, bugi: -2, kaatua: -2,
  jumittaa: -2, jumissa: -2, toimimaton: -2, hukassa: -2, kadota: -2, kadonnut: -2, puuttua: -1, väärä: -2,
  sekava: -2, vaikea: -2, hankala: -2, monimutkainen: -1, turha: -2, hyödytön: -3, pettymys: -2, pettynyt: -2,
  pettää: -2, ärsyttävä: -2, ärsyttää: -2, turhauttava: -2, turhautunut: -2, valitus: -2, reklamaatio: -2,
  huijaus: -3, likainen: -2, kylmä: -1, vanhentunut: -1, meluisa: -1, ahdas: -1, epäselvä: -2, epäluotettava: -2,
  parempi: 1, huonompi: -2, surullinen: -2, vihainen: -3, harmi: -1, harmittaa: -2, valitettavasti: -1,
};
